using Pathway.Cases.Summaries;
using Pathway.Runtime.Storage;

namespace Pathway.Cases.Worklist;

/// <summary>A worklist row: the task, the time left against its due time (negative when overdue), and who it is for.</summary>
public sealed record WorklistItem(
    long Id, Guid CaseId, string Name, string Role, string? Team, string Locality, string? Form, WorkTaskStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? DueAt, double? MinutesLeft, string? Owner, CaseSummary Case)
{
    public bool IsEmergency => Case.Emergency is { Open: true } e && e.TaskId == Id;

    public static WorklistItem From(WorkTaskRecord t, CaseSummary summary, DateTimeOffset now) => new(
        t.Id, t.CaseId, t.Name, t.Role, t.Team, t.Locality, t.Form, t.Status, t.CreatedAt, t.DueAt,
        MinutesUntil(t.DueAt, now), t.Owner, summary);

    /// <summary>The row as the task the permission rules judge.</summary>
    public WorkTaskRecord AsTask() => new()
    {
        Id = Id, CaseId = CaseId, Name = Name, Role = Role, Team = Team, Locality = Locality, Form = Form, Status = Status,
        CreatedAt = CreatedAt, DueAt = DueAt, Owner = Owner,
    };

    public static double? MinutesUntil(DateTimeOffset? due, DateTimeOffset now) => due is { } at ? Math.Round((at - now).TotalMinutes, 1) : null;
}
