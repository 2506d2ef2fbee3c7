namespace Pathway.Cases.Referrals;

/// <summary>NEWS2 (Royal College of Physicians, 2017): the aggregate and whether any one parameter scored 3.</summary>
public static class News2
{
    public sealed record Score(int Aggregate, bool SingleParameterScore3);

    /// <summary>One parameter's reading as a clinician writes it, and the points it scored.</summary>
    public sealed record Parameter(string Name, string Reading, int Points);

    public static Score Calculate(News2Observations o)
    {
        var points = Breakdown(o).Select(p => p.Points).ToList();
        return new Score(points.Sum(), points.Contains(3));
    }

    /// <summary>Each of the seven parameters with its points, in the chart's order.</summary>
    public static IReadOnlyList<Parameter> Breakdown(News2Observations o) =>
    [
        new("Respiration rate", $"{o.RespirationRate} per minute", Respiration(o.RespirationRate!.Value)),
        new("SpO2 (scale 1)", $"{o.OxygenSaturation}%", OxygenSaturation(o.OxygenSaturation!.Value)),
        new("Air or oxygen", o.SupplementalOxygen == true ? "Oxygen" : "Air", o.SupplementalOxygen == true ? 2 : 0),
        new("Systolic blood pressure", $"{o.SystolicBloodPressure} mmHg", SystolicBloodPressure(o.SystolicBloodPressure!.Value)),
        new("Pulse", $"{o.Pulse} per minute", Pulse(o.Pulse!.Value)),
        new("Consciousness", o.Consciousness ?? "", o.Consciousness == "alert" ? 0 : 3),
        new("Temperature", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{o.Temperature} °C"), Temperature(o.Temperature!.Value)),
    ];

    public static int Respiration(int rate) => rate switch
    {
        <= 8 => 3,
        <= 11 => 1,
        <= 20 => 0,
        <= 24 => 2,
        _ => 3,
    };

    public static int OxygenSaturation(int spo2) => spo2 switch
    {
        <= 91 => 3,
        <= 93 => 2,
        <= 95 => 1,
        _ => 0,
    };

    public static int SystolicBloodPressure(int systolic) => systolic switch
    {
        <= 90 => 3,
        <= 100 => 2,
        <= 110 => 1,
        <= 219 => 0,
        _ => 3,
    };

    public static int Pulse(int pulse) => pulse switch
    {
        <= 40 => 3,
        <= 50 => 1,
        <= 90 => 0,
        <= 110 => 1,
        <= 130 => 2,
        _ => 3,
    };

    public static int Temperature(decimal celsius) => celsius switch
    {
        <= 35.0m => 3,
        <= 36.0m => 1,
        <= 38.0m => 0,
        <= 39.0m => 1,
        _ => 2,
    };
}
