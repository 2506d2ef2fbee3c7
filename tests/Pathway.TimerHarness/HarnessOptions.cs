using System.Globalization;
using Pathway.Runtime.Timers;

namespace Pathway.TimerHarness;

internal sealed record HarnessOptions(int Count, bool Dispatch, int Seconds, int Cases, TimerChainStep? CrashAt = null, int ClockOffsetSeconds = 0)
{
    public static HarnessOptions Parse(ReadOnlySpan<string> args)
    {
        var options = new HarnessOptions(Count: 1, Dispatch: false, Seconds: 30, Cases: 0);
        for (var i = 0; i < args.Length; i++)
        {
            options = args[i] switch
            {
                "--count" => options with { Count = Number(args, ++i) },
                "--cases" => options with { Cases = Number(args, ++i) },
                "--seconds" => options with { Seconds = Number(args, ++i) },
                "--dispatch" => options with { Dispatch = true },
                "--crash-at" => options with { CrashAt = Step(args, ++i) },
                "--clock-offset" => options with { ClockOffsetSeconds = Number(args, ++i) },
                var other => throw new ArgumentException($"unknown option '{other}'"),
            };
        }
        return options;
    }

    private static TimerChainStep Step(ReadOnlySpan<string> args, int i) =>
        i < args.Length && Enum.TryParse<TimerChainStep>(args[i], ignoreCase: false, out var step) && Enum.IsDefined(step)
            ? step
            : throw new ArgumentException($"--crash-at needs one of {string.Join(", ", Enum.GetNames<TimerChainStep>())}");

    private static int Number(ReadOnlySpan<string> args, int i) =>
        i < args.Length ? int.Parse(args[i], CultureInfo.InvariantCulture) : throw new ArgumentException($"{args[i - 1]} needs a number");
}
