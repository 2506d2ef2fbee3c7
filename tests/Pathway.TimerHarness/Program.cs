using Pathway.TimerHarness;

// Usage:
// <db> is a SQLite file's path or a PostgreSQL connection string (Host=...).
//   start-case <db> [--count N] [--dispatch]   starts N cases (default 1) and prints their ids;
//                                              --dispatch also hands their timers to Quartz
//   run <db> [--seconds N] [--cases N]         runs the host (Quartz, reconciler, dispatcher) for
//                                              N seconds (default 30) or until "stop" on stdin;
//                                              --cases starts N cases once it is running
// Both migrate the database and publish the harness pathway first. --crash-at <step> (a
// TimerChainStep) makes the process die at that step of the timer chain (see CrashAtStep);
// --clock-offset <seconds> runs the node (Pathway and Quartz) on a clock that far ahead (or behind).
if (args.Length < 2)
{
    await Console.Error.WriteLineAsync("usage: start-case <db> [--count N] [--dispatch] | run <db> [--seconds N] [--cases N]; either with [--crash-at <step>]");
    return 2;
}
var verb = args[0];
var database = args[1];
var options = HarnessOptions.Parse(args.AsSpan(2));
return verb switch
{
    "start-case" => await Verbs.StartCasesAsync(database, options),
    "run" => await Verbs.RunAsync(database, options),
    _ => Usage(verb),
};

static int Usage(string verb)
{
    Console.Error.WriteLine($"unknown verb '{verb}'; use start-case or run");
    return 2;
}
