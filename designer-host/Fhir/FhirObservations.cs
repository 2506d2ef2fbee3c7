using Hl7.Fhir.Model;
using Pathway.Cases.Referrals;

namespace Pathway.DesignerHost.Fhir;

/// <summary>
/// The NEWS2 observations, frailty score and reablement potential carried as Observations, by LOINC and
/// SNOMED code; reablement potential has no national code, so it goes by Pathway's own
/// (<see cref="ReablementPotentialSystem"/>|<see cref="ReablementPotential"/>, valueBoolean).
/// </summary>
public static class FhirObservations
{
    public const string RespirationRate = "9279-1";
    public const string OxygenSaturation = "59408-5";
    public const string SystolicBloodPressure = "8480-6";
    public const string HeartRate = "8867-4";
    public const string BodyTemperature = "8310-5";
    public const string InspiredOxygen = "3151-8";
    public const string Consciousness = "1104441000000107";
    public const string ClinicalFrailtyScale = "763264000";
    public const string ReablementPotentialSystem = "urn:pathway:fhir:referral";
    public const string ReablementPotential = "reablement-potential";

    public static News2Observations? News2(Bundle bundle)
    {
        var observations = bundle.All<Observation>().ToList();
        if (!observations.Any(o => Has(o, RespirationRate)))
            return null;
        return new News2Observations(
            Whole(observations, RespirationRate),
            Whole(observations, OxygenSaturation),
            observations.Any(o => Has(o, InspiredOxygen) && o.Value is Quantity { Value: > 21m }),
            Whole(observations, SystolicBloodPressure),
            Whole(observations, HeartRate),
            observations.FirstOrDefault(o => Has(o, Consciousness))?.Value is CodeableConcept acvpu ? acvpu.Coding.FirstOrDefault()?.Code ?? acvpu.Text : null,
            observations.FirstOrDefault(o => Has(o, BodyTemperature))?.Value is Quantity { Value: { } celsius } ? celsius : null);
    }

    public static int? FrailtyScale(Bundle bundle) => Whole([.. bundle.All<Observation>()], ClinicalFrailtyScale);

    /// <summary>The reablement potential Observation's yes or no; null when the message has none.</summary>
    public static bool? Reablement(Bundle bundle) =>
        bundle.All<Observation>().FirstOrDefault(o => Has(o, ReablementPotential)) switch
        {
            null => null,
            { Value: FhirBoolean { Value: { } yes } } => yes,
            _ => throw FhirRefusalException.Unprocessable(
                $"the '{ReablementPotential}' Observation must carry valueBoolean: true if short-term reablement could restore everyday function, else false",
                "Observation.value"),
        };

    private static bool Has(Observation o, string code) => o.Code?.Coding.Any(c => c.Code == code) == true;

    private static int? Whole(List<Observation> observations, string code) =>
        observations.FirstOrDefault(o => Has(o, code))?.Value switch
        {
            Quantity { Value: { } value } => (int)Math.Round(value),
            Integer { Value: { } value } => value,
            _ => null,
        };
}
