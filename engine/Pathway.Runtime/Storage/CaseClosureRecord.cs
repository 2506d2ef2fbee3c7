using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>How a case ended, kept as a row so outcome measures need no journal scan.</summary>
public sealed class CaseClosureRecord
{
    public Guid CaseId { get; set; }
    public required string Outcome { get; set; }
    public string? Reason { get; set; }
    public required string Locality { get; set; }
    public required string ClosedBy { get; set; }
    public DateTimeOffset ClosedAt { get; set; }
}

internal sealed class CaseClosureConfiguration : IEntityTypeConfiguration<CaseClosureRecord>
{
    public void Configure(EntityTypeBuilder<CaseClosureRecord> builder)
    {
        builder.ToTable("case_closures");
        builder.HasKey(c => c.CaseId);
        builder.HasIndex(c => new { c.Locality, c.Outcome });
    }
}
