using Hl7.Fhir.Model;
using Pathway.Cases.Referrals;

namespace Pathway.DesignerHost.Fhir;

/// <summary>The NEWS2 observations and frailty score carried as Observations, by LOINC and SNOMED code.</summary>
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

    private static bool Has(Observation o, string code) => o.Code?.Coding.Any(c => c.Code == code) == true;

    private static int? Whole(List<Observation> observations, string code) =>
        observations.FirstOrDefault(o => Has(o, code))?.Value switch
        {
            Quantity { Value: { } value } => (int)Math.Round(value),
            Integer { Value: { } value } => value,
            _ => null,
        };
}
