using Pathway.Bench;

return args.FirstOrDefault() switch
{
    "engine" => await EngineBenchmark.RunAsync(args[1..]),
    "rules" => RulesBenchmark.Run(args[1..]),
    "measures" => await MeasuresBenchmark.Run(args[1..]),
    "policy" => await PolicyBenchmark.RunAsync(),
    "peer" => await PeerBenchmark.RunAsync(args[1..]),
    "replay" => await ReplayBenchmark.RunAsync(args[1..]),
    "volume" => await VolumeBenchmark.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench -- engine|rules|measures|peer|replay|volume|policy");
    return 2;
}
