using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>An MDT huddle's decision on a case, with who took part and the risk the person chose to take.</summary>
public sealed class MdtDecisionRecord
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public DateTimeOffset DecidedAt { get; set; }
    public required string RecordedBy { get; set; }
    public required string Decision { get; set; }
    public bool RiskAccepted { get; set; }
    public required string FormJson { get; set; }
}

internal sealed class MdtDecisionConfiguration : IEntityTypeConfiguration<MdtDecisionRecord>
{
    public void Configure(EntityTypeBuilder<MdtDecisionRecord> builder)
    {
        builder.ToTable("mdt_decisions");
        builder.HasIndex(d => d.CaseId);
    }
}
