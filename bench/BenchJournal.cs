using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Pathway.Bench;

/// <summary>
/// Synthetic journals written straight to SQLite: per case the lines the engine and the case-work
/// commands write that the measures read (start, triage and escalation decisions, task offers and
/// completions, timers, assessment.recorded, mdt.decided, handover requests and responses,
/// case.outcome), in their shapes and order, with a realistic mix of standards, lateness, MDT
/// involvement, declines and outcomes. Seeded, so every run measures the same data.
/// </summary>
internal static class BenchJournal
{
    public const string Locality = "north-shire";
    public static readonly DateTimeOffset YearStart = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Needs = ["fall", "fall", "fall", "frailty-decompensation", "frailty-decompensation", "reduced-function", "confusion-delirium", "catheter-care", "palliative-crisis", "carer-breakdown", "other"];
    private static readonly string[] Sources = ["gp", "gp", "gp", "111", "111", "ambulance", "ambulance", "care-home", "self-or-carer", "social-care"];
    private static readonly string[] Teams = ["east", "west", "central", "coast"];
    private static readonly string[] Outcomes = ["admission-avoided", "admission-avoided", "admission-avoided", "admission-avoided", "admitted", "referred-on", "declined-by-person", "died-in-preferred-place"];
    private static readonly string[] CaseColumns = ["$id", "$locality", "$status", "$state", "$started", "$ended", "$length"];
    private static readonly string[] LineColumns = ["$case", "$seq", "$at", "$kind", "$node", "$data"];
    private static readonly string[] Reasons = ["no capacity", "outside criteria", "incomplete assessment"];
    private static readonly string[] PersonInvolvement = ["present", "present", "present", "consulted", "consulted", "declined", "lacks-capacity-best-interests"];
    private static readonly string[] CarerInvolvement = ["present", "consulted", "consulted", "declined", "no-carers", "no-carers"];

    public static long Write(string connectionString, int cases, int seed)
    {
        var random = new Random(seed);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            // A bulk load for a benchmark, not a clinical record: skip the fsyncs.
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;";
            pragma.ExecuteNonQuery();
        }
        using var insertCase = connection.CreateCommand();
        insertCase.CommandText = "INSERT INTO cases (Id, PathwayDefinitionId, Locality, Status, StateJson, HasIncidents, StartedAt, EndedAt, JournalLength, Revision) VALUES ($id, 1, $locality, $status, $state, 0, $started, $ended, $length, 1)";
        var caseParameters = CaseColumns.Select(n => insertCase.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        using var insertLine = connection.CreateCommand();
        insertLine.CommandText = "INSERT INTO journal (CaseId, Sequence, At, Kind, NodeId, Actor, DataJson) VALUES ($case, $seq, $at, $kind, $node, 'bench', $data)";
        var lineParameters = LineColumns.Select(n => insertLine.Parameters.Add(new SqliteParameter(n, null))).ToArray();

        long rows = 0;
        var transaction = connection.BeginTransaction();
        for (var i = 0; i < cases; i++)
        {
            if (i % 5_000 == 0 && i > 0)
            {
                transaction.Commit();
                transaction = connection.BeginTransaction();
            }
            insertCase.Transaction = transaction;
            insertLine.Transaction = transaction;
            var id = Guid.CreateVersion7(YearStart);
            var start = YearStart.AddMinutes(random.Next(365 * 24 * 60));
            var lines = Lines(random, start).ToList();
            var variables = new Dictionary<string, object?>
            {
                ["presentingNeed"] = Needs[random.Next(Needs.Length)], ["referralSource"] = Sources[random.Next(Sources.Length)],
                ["team"] = Teams[random.Next(Teams.Length)], ["locality"] = Locality,
            };
            var ended = lines.Where(l => l.Kind == "case.completed").Select(l => (DateTimeOffset?)l.At).FirstOrDefault();
            Set(caseParameters, id.ToString().ToUpperInvariant(), Locality, ended is null ? "Running" : "Completed",
                JsonSerializer.Serialize(new { status = "Running", variables }), start.UtcTicks, ended?.UtcTicks, lines.Count);
            insertCase.ExecuteNonQuery();
            var sequence = 0;
            foreach (var (at, kind, node, data) in lines)
            {
                Set(lineParameters, id.ToString().ToUpperInvariant(), ++sequence, at.UtcTicks, kind, node, data is null ? null : JsonSerializer.Serialize(data));
                insertLine.ExecuteNonQuery();
                rows++;
            }
        }
        transaction.Commit();
        transaction.Dispose();
        return rows;
    }

    private static IEnumerable<(DateTimeOffset At, string Kind, string? Node, object? Data)> Lines(Random random, DateTimeOffset start)
    {
        var roll = random.NextDouble();
        var standard = roll < 0.78 ? "2-hour" : roll < 0.90 ? "2-day" : "routine";
        var outside = random.NextDouble() < 0.04;
        yield return (start, "case.started", "ReferralReceived", null);
        yield return (start, "rules.decided", "Triage", new { ruleSet = "best-placed-assessor", outputs = new { responseStandard = standard, assessorRole = "community-physiotherapist", responseWindow = "PT2H", outsideCommunityCare = outside } });
        if (outside)
        {
            yield return (start.AddMinutes(12), "task.completed", "RedirectToEmergency", new { bookmark = "b3", output = new { } });
            yield return (start.AddMinutes(12), "case.completed", null, null);
            yield break;
        }
        yield return (start, "rules.decided", "EscalationWindows", new { ruleSet = "escalation", outputs = new { assessmentEscalateAfter = "PT3H" } });
        yield return (start, "task.offered", "TrustedAssessment", new { bookmark = "b4", role = "community-physiotherapist", dueAt = start.AddHours(2) });
        yield return (start, "timer.scheduled", "ResponseWindowPassed", new { bookmark = "b5", dueAt = start.AddHours(2) });
        var scale = standard == "2-hour" ? 1.0 : standard == "2-day" ? 20 : 60;
        var contact = start.AddMinutes(scale * Math.Max(10, 80 + 45 * Normal(random)));
        if (contact > start.AddMinutes(scale * 120))
            yield return (start.AddMinutes(scale * 120), "timer.fired", "ResponseWindowPassed", new { bookmark = "b5" });
        if (random.NextDouble() < 0.015)
        {
            yield return (contact, "case.cancelled", null, new { reason = "withdrawn" });
            yield break;
        }
        yield return (contact, "task.completed", "TrustedAssessment", new { bookmark = "b4", output = new { clinicalFrailtyScale = 6, selfNeglect = false, assessedBy = "bench", assessorDiscipline = "community-physiotherapist" } });
        yield return (contact, "assessment.recorded", null, new { version = 1, by = "bench", discipline = "community-physiotherapist" });
        var at = contact;
        var mdt = random.NextDouble() < 0.3;
        yield return (at, "rules.decided", "MdtSelection", new { ruleSet = "mdt-selection", outputs = new { mdtNeeded = mdt, mdtReason = mdt ? "Frailty with a tipping point" : null } });
        if (mdt)
        {
            at = at.AddHours(8 + random.Next(30));
            var risk = random.NextDouble() < 0.35;
            yield return (at, "task.completed", "MdtReview", new { bookmark = "b8", output = new { mdtDecision = "care plan agreed", mdtRiskAccepted = risk } });
            yield return (at, "mdt.decided", null, new
            {
                decision = "care plan agreed", disciplinesPresent = new[] { "district-nurse", "social-worker" },
                personInvolvement = PersonInvolvement[random.Next(PersonInvolvement.Length)], carerInvolvement = CarerInvolvement[random.Next(CarerInvolvement.Length)],
                riskAccepted = risk, actions = 1,
            });
        }
        var handover = random.NextDouble() < 0.55;
        at = at.AddHours(1 + random.Next(6));
        yield return (at, "task.completed", "PlanHandover", new { bookmark = "b9", output = new { handoverRequired = handover, receivingService = handover ? "reablement" : null } });
        if (handover)
        {
            yield return (at, "handover.requested", null, new { receivingService = "reablement" });
            if (random.NextDouble() < 0.2)
            {
                at = at.AddMinutes(20 + random.Next(120));
                yield return (at, "message.received", "HandoverDeclined", new { message = "handover-declined", payload = new { handoverAccepted = false, declineReason = Reasons[random.Next(Reasons.Length)] } });
                at = at.AddMinutes(30);
                yield return (at, "task.completed", "PlanHandover", new { bookmark = "b12", output = new { handoverRequired = true, receivingService = "social-care" } });
                yield return (at, "handover.requested", null, new { receivingService = "social-care" });
            }
            at = at.AddMinutes(20 + random.Next(120));
            yield return (at, "message.received", "HandoverAccepted", new { message = "handover-accepted", payload = new { handoverAccepted = true, declineReason = (string?)null } });
        }
        if (at > YearStart.AddYears(1).AddDays(-2))
            yield break; // still open at the year's end
        at = at.AddHours(2 + random.Next(40));
        var outcome = Outcomes[random.Next(Outcomes.Length)];
        var reason = outcome == "admitted" ? "acute deterioration" : null;
        yield return (at, "task.completed", "CloseWithOutcome", new { bookmark = "b14", output = new { outcome, outcomeReason = reason } });
        yield return (at, "case.completed", null, null);
        yield return (at, "case.outcome", null, new { outcome, reason });
    }

    private static void Set(SqliteParameter[] parameters, params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
            parameters[i].Value = values[i] ?? DBNull.Value;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Cos(2.0 * Math.PI * random.NextDouble());
}
