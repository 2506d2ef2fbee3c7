using Pathway.Cases.People;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Cases;

/// <summary>Who each case is for: the person as the case's own referral stated them, else what the case variables say.</summary>
public static class CasePeople
{
    public static Task<Dictionary<Guid, CasePerson>> ForCasesAsync(PathwayDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken ct) =>
        CasePerson.ForCasesAsync(db, caseIds, ct);

    public static string NameOf(Guid caseId, IReadOnlyDictionary<Guid, CasePerson> people, IReadOnlyDictionary<string, object?>? variables = null) =>
        people.TryGetValue(caseId, out var person) ? person.Name
        : variables is not null && variables.TryGetValue("personName", out var name) && name is string text ? text
        : $"Case {caseId.ToString()[..8]}";
}
