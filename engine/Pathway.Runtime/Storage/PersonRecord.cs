using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>The person a referral is about, known by NHS number; one row however often they are referred.</summary>
public sealed class PersonRecord
{
    public long Id { get; set; }
    public required string NhsNumber { get; set; }
    public required string Name { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public string? Postcode { get; set; }
    public string? GpPractice { get; set; }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<PersonRecord>
{
    public void Configure(EntityTypeBuilder<PersonRecord> builder)
    {
        builder.ToTable("people");
        builder.HasIndex(p => p.NhsNumber).IsUnique();
    }
}
