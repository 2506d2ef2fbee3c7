using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>
/// A worklist entry: a user task the pathway offered (with its bookmark), or an ad-hoc task
/// such as an MDT action (no bookmark). States follow FHIR Task's vocabulary.
/// </summary>
public sealed class WorkTaskRecord
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public string? BookmarkId { get; set; }
    public string? NodeId { get; set; }
    public required string Name { get; set; }
    public required string Role { get; set; }
    public string? Team { get; set; }
    public required string Locality { get; set; }
    public string? Form { get; set; }
    public WorkTaskStatus Status { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public string? Owner { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? CompletedBy { get; set; }
    public string? OutputJson { get; set; }
    public long Revision { get; set; }
}

public enum WorkTaskStatus
{
    /// <summary>Offered to a role, nobody has claimed it.</summary>
    Ready,

    /// <summary>Claimed by <see cref="WorkTaskRecord.Owner"/>.</summary>
    InProgress,

    Completed,

    /// <summary>Withdrawn by the pathway (an interrupting timer, a cancelled case).</summary>
    Cancelled,
}

internal sealed class WorkTaskConfiguration : IEntityTypeConfiguration<WorkTaskRecord>
{
    private const string OpenFilter = $"\"Status\" IN ('{nameof(WorkTaskStatus.Ready)}', '{nameof(WorkTaskStatus.InProgress)}')";

    public void Configure(EntityTypeBuilder<WorkTaskRecord> builder)
    {
        builder.ToTable("work_tasks");
        builder.Property(t => t.Status).HasConversion<string>();
        builder.Property(t => t.Revision).IsConcurrencyToken();
        // The worklist indexes hold open tasks only: a task leaves them when it is done, instead of moving
        // to a part of the index no screen reads, which grows with every case ever closed. The screens
        // name the open statuses as constants, as EF writes them (an IN list, in this order), so SQLite
        // and PostgreSQL can tell the partial index covers the query.
        builder.HasIndex(t => new { t.Status, t.Role, t.DueAt }).HasFilter(OpenFilter);
        builder.HasIndex(t => new { t.Status, t.Owner }).HasFilter(OpenFilter);
        builder.HasIndex(t => new { t.CaseId, t.BookmarkId });
    }
}
