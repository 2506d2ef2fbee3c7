using Pathway.Bench;

return args.FirstOrDefault() switch
{
    "engine" => await EngineBenchmark.RunAsync(args[1..]),
    "rules" => RulesBenchmark.Run(args[1..]),
    "measures" => await MeasuresBenchmark.Run(args[1..]),
    "peer" => await PeerBenchmark.RunAsync(args[1..]),
    "replay" => await ReplayBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench -- engine|rules|measures|peer|replay");
    return 2;
}
