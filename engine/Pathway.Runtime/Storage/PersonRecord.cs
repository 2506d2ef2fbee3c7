using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>
/// The person a referral is about, known only by NHS number: one row however often they are referred.
/// Their name, date of birth, postcode and GP are what each referral stated (<see cref="ReferralRecord"/>),
/// so a later referral can never rewrite what an earlier case recorded.
/// </summary>
public sealed class PersonRecord
{
    public long Id { get; set; }
    public required string NhsNumber { get; set; }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<PersonRecord>
{
    public void Configure(EntityTypeBuilder<PersonRecord> builder)
    {
        builder.ToTable("people");
        builder.HasIndex(p => p.NhsNumber).IsUnique();
    }
}
