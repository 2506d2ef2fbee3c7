namespace Pathway.Host.Tests;

/// <summary>Synthetic BaRS message bundles: a new referral with NEWS2 observations, and its revocation.</summary>
public static class FhirBundles
{
    public static string New(string serviceRequestId, string nhsNumber = "9434765919", string need = "fall", JsonNode? reablementPotential = null) =>
        Message("new", "active", serviceRequestId, nhsNumber, withConsent: true, need, reablementPotential);

    public static string Revoke(string serviceRequestId) => Message("update", "revoked", serviceRequestId, "9434765919", withConsent: true);

    /// <summary><paramref name="reablementPotential"/>, when given, is the reablement Observation's value[x] (e.g. <c>{"valueBoolean": true}</c>).</summary>
    public static string Message(string reason, string status, string serviceRequestId, string nhsNumber, bool withConsent, string need = "fall", JsonNode? reablementPotential = null)
    {
        var patient = "urn:uuid:6f1b8c3e-5a2d-4c7e-9b1a-0d2e3f4a5b6c";
        var request = "urn:uuid:0e9d8c7b-6a5f-4e3d-8c2b-1a0f9e8d7c6b";
        JsonArray entries =
        [
            Entry("urn:uuid:1a2b3c4d-5e6f-4a8b-9c0d-1e2f3a4b5c6d", new JsonObject
            {
                ["resourceType"] = "MessageHeader",
                ["eventCoding"] = new JsonObject { ["system"] = "https://fhir.nhs.uk/CodeSystem/message-events-bars", ["code"] = "servicerequest-request" },
                ["source"] = new JsonObject { ["name"] = "NHS 111", ["endpoint"] = "https://example.org/111" },
                ["reason"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = "https://fhir.nhs.uk/CodeSystem/message-reason-bars", ["code"] = reason }) },
                ["focus"] = new JsonArray(new JsonObject { ["reference"] = request }),
            }),
            Entry(request, new JsonObject
            {
                ["resourceType"] = "ServiceRequest",
                ["identifier"] = new JsonArray(new JsonObject { ["system"] = "https://example.org/referrals", ["value"] = serviceRequestId }),
                ["status"] = status, ["intent"] = "order",
                ["category"] = new JsonArray(new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["code"] = "referral" }) }),
                ["reasonCode"] = new JsonArray(new JsonObject { ["text"] = need }),
                ["subject"] = new JsonObject { ["reference"] = patient },
            }),
            Entry(patient, new JsonObject
            {
                ["resourceType"] = "Patient",
                ["identifier"] = new JsonArray(new JsonObject { ["system"] = "https://fhir.nhs.uk/Id/nhs-number", ["value"] = nhsNumber }),
                ["name"] = new JsonArray(new JsonObject { ["family"] = "Example", ["given"] = new JsonArray("Edith") }),
                ["birthDate"] = "1941-03-02",
                ["address"] = new JsonArray(new JsonObject { ["postalCode"] = "NS1 2AB", ["district"] = "north-shire" }),
            }),
            Entry("urn:uuid:2b3c4d5e-6f7a-4b9c-8d1e-2f3a4b5c6d7e", new JsonObject
            {
                ["resourceType"] = "Flag", ["status"] = "active",
                ["code"] = new JsonObject { ["text"] = "Safeguarding: possible financial abuse" },
                ["subject"] = new JsonObject { ["reference"] = patient },
            }),
            Observation("9279-1", 18), Observation("59408-5", 96), Observation("8480-6", 128), Observation("8867-4", 84), Observation("8310-5", 36.9m),
            Observation("763264000", 6),
            Entry("urn:uuid:3c4d5e6f-7a8b-4c0d-9e2f-3a4b5c6d7e8f", new JsonObject
            {
                ["resourceType"] = "Observation", ["status"] = "final",
                ["code"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["code"] = "1104441000000107" }) },
                ["valueCodeableConcept"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["code"] = "alert" }) },
            }),
        ];
        if (reablementPotential is JsonObject value)
        {
            var observation = new JsonObject
            {
                ["resourceType"] = "Observation", ["status"] = "final",
                ["code"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["system"] = "urn:pathway:fhir:referral", ["code"] = "reablement-potential" }) },
            };
            foreach (var (key, item) in value)
                observation[key] = item?.DeepClone();
            entries.Add(Entry("urn:uuid:6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d", observation));
        }
        if (withConsent)
        {
            entries.Add(Entry("urn:uuid:4d5e6f7a-8b9c-4d1e-8f3a-4b5c6d7e8f9a", new JsonObject
            {
                ["resourceType"] = "Consent", ["status"] = "active",
                ["scope"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["code"] = "patient-privacy" }) },
                ["category"] = new JsonArray(new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["code"] = "DRC" }) }),
                ["patient"] = new JsonObject { ["reference"] = patient },
            }));
        }
        return new JsonObject { ["resourceType"] = "Bundle", ["id"] = Guid.NewGuid().ToString(), ["type"] = "message", ["entry"] = entries }.ToJsonString();
    }

    private static int _observation;

    private static JsonObject Observation(string code, decimal value) => Entry(
        $"urn:uuid:5e6f7a8b-9c0d-4e2f-8a4b-{Interlocked.Increment(ref _observation):x12}",
        new JsonObject
        {
            ["resourceType"] = "Observation", ["status"] = "final",
            ["code"] = new JsonObject { ["coding"] = new JsonArray(new JsonObject { ["code"] = code }) },
            ["valueQuantity"] = new JsonObject { ["value"] = value },
        });

    private static JsonObject Entry(string fullUrl, JsonObject resource) => new() { ["fullUrl"] = fullUrl, ["resource"] = resource };
}
