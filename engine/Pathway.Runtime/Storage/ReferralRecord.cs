using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>
/// A referral as received, one per case. <see cref="ExternalId"/> is the sender's
/// ServiceRequest identifier, so a later revocation finds the case; <see cref="DetailsJson"/>
/// keeps what the person and referrer said (consent, what matters, carers, wishes). The person's
/// details are kept as this referral stated them, apart from every other referral of the same person.
/// </summary>
public sealed class ReferralRecord
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public long PersonId { get; set; }
    public PersonRecord? Person { get; set; }
    public required string PersonName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public string? Postcode { get; set; }
    public string? GpPractice { get; set; }
    public required string Source { get; set; }
    public required string PresentingNeed { get; set; }
    public required string Locality { get; set; }
    public required string Channel { get; set; }
    public string? ExternalId { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
    public required string ReceivedBy { get; set; }
    public int News2Score { get; set; }
    public required string DetailsJson { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<ReferralRecord>
{
    public void Configure(EntityTypeBuilder<ReferralRecord> builder)
    {
        builder.ToTable("referrals");
        builder.HasIndex(r => r.CaseId).IsUnique();
        // A sender's id is its referral's identity on its channel: two deliveries of one message at
        // once make one case (the second's insert fails and it finds the first's case).
        builder.HasIndex(r => new { r.ExternalId, r.Channel }).IsUnique();
        builder.HasIndex(r => r.PersonId);
        builder.HasOne(r => r.Person).WithMany().HasForeignKey(r => r.PersonId);
    }
}
