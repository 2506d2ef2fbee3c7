using Pathway.Cli.OpenCases;
using Pathway.Cli.Replay;
using Pathway.Cli.Simulation;

return args.FirstOrDefault() switch
{
    "simulate" => await SimulateCommand.RunAsync(args[1..]),
    "replay" => await ReplayCommand.RunAsync(args[1..]),
    "open-cases" => await OpenCasesCommand.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: pathway simulate [--localities north-shire,coastal-bay] [--days 30] [--referrals-per-day 60] [--seed 42] [--start 2026-10-01] [--database path]");
    Console.Error.WriteLine($"       {ReplayCommand.Usage}");
    Console.Error.WriteLine($"       {OpenCasesCommand.Usage}");
    return 2;
}
