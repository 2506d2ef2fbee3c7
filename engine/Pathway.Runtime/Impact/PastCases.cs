using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Impact;

/// <summary>
/// Reads past cases for a replay from the journal in one pass: every case of a locality
/// that started in a period, with its rule-set decisions in order. Nothing is written.
/// </summary>
public static class PastCases
{
    public static async Task<IReadOnlyList<PastCase>> ReadAsync(
        PathwayDbContext db, string? locality, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        var cases = db.Cases.AsNoTracking().Where(c => c.StartedAt >= from && c.StartedAt < to);
        if (locality is not null)
            cases = cases.Where(c => c.Locality == locality);
        var rows = db.Journal.AsNoTracking()
            .Where(j => j.Kind == RuntimeJournalKinds.RulesDecided)
            .Join(cases, j => j.CaseId, c => c.Id, (j, c) => new { j.CaseId, c.Locality, c.StartedAt, j.Sequence, j.At, j.DataJson })
            .OrderBy(r => r.CaseId).ThenBy(r => r.Sequence)
            .AsAsyncEnumerable();
        var past = new List<PastCase>();
        List<RecordedDecision>? decisions = null;
        (Guid Id, string Locality, DateTimeOffset StartedAt) current = (Guid.Empty, "", default);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (decisions is null || row.CaseId != current.Id)
            {
                if (decisions is not null)
                    past.Add(new PastCase(current.Id, current.Locality, current.StartedAt, decisions));
                decisions = [];
                current = (row.CaseId, row.Locality, row.StartedAt);
            }
            if (Decision(row.At, row.DataJson) is { } decision)
                decisions.Add(decision);
        }
        if (decisions is not null)
            past.Add(new PastCase(current.Id, current.Locality, current.StartedAt, decisions));
        return past;
    }

    private static RecordedDecision? Decision(DateTimeOffset at, string? json)
    {
        if (json is null)
            return null;
        var data = CaseStateJson.DeserializeData(json);
        if (data.GetValueOrDefault("ruleSet") is not string ruleSet || data.GetValueOrDefault("rule") is not string rule)
            return null;
        return new RecordedDecision(
            at, ruleSet,
            data.GetValueOrDefault("version") is long version ? (int)version : 0,
            rule,
            data.GetValueOrDefault("outputs") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>(),
            data.GetValueOrDefault("facts") as IReadOnlyDictionary<string, object?>);
    }
}
