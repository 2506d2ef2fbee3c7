using Hl7.Fhir.Model;
using Pathway.Cases.Referrals;

namespace Pathway.DesignerHost.Fhir;

/// <summary>What a BaRS servicerequest-request message asks: a new referral, or the revocation of one.</summary>
public abstract record BarsMessage(string ServiceRequestId);

public sealed record NewReferral(string ServiceRequestId, Referral Referral) : BarsMessage(ServiceRequestId);

public sealed record RevokedReferral(string ServiceRequestId) : BarsMessage(ServiceRequestId);

internal static class BundleExtensions
{
    public static IEnumerable<T> All<T>(this Bundle bundle) where T : Resource => bundle.Entry.Select(e => e.Resource).OfType<T>();

    public static T? Resolve<T>(this Bundle bundle, ResourceReference? reference) where T : Resource =>
        reference?.Reference is not { } target ? null
            : bundle.Entry.Where(e => e.FullUrl == target || (e.Resource is not null && $"{e.Resource.TypeName}/{e.Resource.Id}" == target))
                .Select(e => e.Resource).OfType<T>().FirstOrDefault();
}
