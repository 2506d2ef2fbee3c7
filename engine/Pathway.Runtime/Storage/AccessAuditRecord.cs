using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>Who read or changed what, when, and on which case: every access to a person's record leaves one.</summary>
public sealed class AccessAuditRecord
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public required string ActorId { get; set; }
    public required string Action { get; set; }
    public required string What { get; set; }
    public Guid? CaseId { get; set; }
    public int Status { get; set; }

    /// <summary>Why someone outside the case's team (an administrator) opened the record, in their words.</summary>
    public string? Reason { get; set; }
}

internal sealed class AccessAuditConfiguration : IEntityTypeConfiguration<AccessAuditRecord>
{
    public void Configure(EntityTypeBuilder<AccessAuditRecord> builder)
    {
        builder.ToTable("access_audit");
        builder.HasIndex(a => new { a.CaseId, a.At });
        builder.HasIndex(a => new { a.ActorId, a.At });
    }
}
