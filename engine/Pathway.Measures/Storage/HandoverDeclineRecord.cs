using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Measures.Storage;

/// <summary>One "no" from a receiving service, with its reason; a case may have several before a "yes".</summary>
public sealed class HandoverDeclineRecord
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public long JournalId { get; set; }
    public DateTimeOffset DeclinedAt { get; set; }
    public string Reason { get; set; } = "";
}

internal sealed class HandoverDeclineConfiguration : IEntityTypeConfiguration<HandoverDeclineRecord>
{
    public void Configure(EntityTypeBuilder<HandoverDeclineRecord> builder)
    {
        builder.ToTable("measure_handover_declines");
        builder.HasIndex(d => d.CaseId);
        // A journal line is folded once; the unique index makes a replay of it fail loudly.
        builder.HasIndex(d => d.JournalId).IsUnique();
    }
}
