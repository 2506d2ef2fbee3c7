using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>
/// A client's Idempotency-Key and the hash of the body it came with, written in the same
/// transaction as the case it started, so a retried request finds the case and never makes a second.
/// A message's delivery writes one per case it reached or started (<see cref="Messages.MessageReceipts"/>).
/// </summary>
public sealed class IdempotencyRecord
{
    public required string Key { get; set; }
    public required string Scope { get; set; }
    public required string RequestHash { get; set; }
    public Guid CaseId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class IdempotencyConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(i => new { i.Scope, i.Key });
    }
}
