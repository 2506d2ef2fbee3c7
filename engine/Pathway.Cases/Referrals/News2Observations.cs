namespace Pathway.Cases.Referrals;

/// <summary>The seven NEWS2 observations, SpO2 on scale 1.</summary>
public sealed record News2Observations(
    int? RespirationRate,
    int? OxygenSaturation,
    bool? SupplementalOxygen,
    int? SystolicBloodPressure,
    int? Pulse,
    string? Consciousness,
    decimal? Temperature);
