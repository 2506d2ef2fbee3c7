using Microsoft.EntityFrameworkCore;
using Pathway.Runtime.Cases;
using Pathway.Runtime.Storage;

namespace Pathway.Runtime.Impact;

/// <summary>
/// Reads past cases for a replay from the journal in one pass: every case of a locality
/// that started in a period (both ends included), with its rule-set decisions in order. Nothing is written.
/// </summary>
public static class PastCases
{
    public static async Task<IReadOnlyList<PastCase>> ReadAsync(
        PathwayDbContext db, string? locality, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        // A case is worked by its locality's intake team (its first); a locality with no row is its own team, as case access reads it.
        var teams = await db.Localities.AsNoTracking().ToDictionaryAsync(l => l.Code, l => l.Teams.FirstOrDefault() ?? l.Code, cancellationToken);
        var cases = db.Cases.AsNoTracking().Where(c => c.StartedAt >= from && c.StartedAt <= to);
        if (locality is not null)
            cases = cases.Where(c => c.Locality == locality);
        var rows = db.Journal.AsNoTracking()
            .Where(j => j.Kind == RuntimeJournalKinds.RulesDecided)
            .Join(cases, j => j.CaseId, c => c.Id, (j, c) => new { j.CaseId, c.Locality, c.StartedAt, c.PathwayDefinitionId, j.Sequence, j.At, j.NodeId, j.DataJson })
            .OrderBy(r => r.CaseId).ThenBy(r => r.Sequence)
            .AsAsyncEnumerable();
        // Read once, in order; the JSON is parsed afterwards on every core.
        var lines = new List<(Guid CaseId, string Locality, DateTimeOffset StartedAt, long PathwayDefinitionId, DateTimeOffset At, string? NodeId, string? Json)>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
            lines.Add((row.CaseId, row.Locality, row.StartedAt, row.PathwayDefinitionId, row.At, row.NodeId, row.DataJson));
        var starts = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == 0 || lines[i].CaseId != lines[i - 1].CaseId)
                starts.Add(i);
        }
        var past = new PastCase[starts.Count];
        Parallel.For(0, starts.Count, new ParallelOptions { CancellationToken = cancellationToken }, c =>
        {
            var end = c + 1 < starts.Count ? starts[c + 1] : lines.Count;
            var first = lines[starts[c]];
            var decisions = new List<RecordedDecision>(end - starts[c]);
            for (var i = starts[c]; i < end; i++)
            {
                if (Decision(lines[i].At, lines[i].NodeId, lines[i].Json) is { } decision)
                    decisions.Add(decision);
            }
            past[c] = new PastCase(first.CaseId, first.Locality, first.StartedAt, decisions, first.PathwayDefinitionId, teams.GetValueOrDefault(first.Locality, first.Locality));
        });
        return past;
    }

    private static RecordedDecision? Decision(DateTimeOffset at, string? nodeId, string? json)
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
            data.GetValueOrDefault("facts") as IReadOnlyDictionary<string, object?>,
            nodeId);
    }
}
