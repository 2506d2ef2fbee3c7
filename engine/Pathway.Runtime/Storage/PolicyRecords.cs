using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Runtime.Storage;

/// <summary>One run of a locality's specs against its version set: when, why, the counts, and the whole result as JSON.</summary>
public sealed class PolicyRunRecord
{
    public long Id { get; set; }
    public required string Locality { get; set; }
    public required string Trigger { get; set; }
    public DateTimeOffset RanAt { get; set; }
    public int Passed { get; set; }
    public int Failed { get; set; }
    public required string ResultJson { get; set; }
}

/// <summary>A designer's written reason for publishing although a scenario failed; shown until a later run passes it.</summary>
public sealed class PolicyOverrideRecord
{
    public long Id { get; set; }
    public required string Locality { get; set; }
    public required string Feature { get; set; }
    public required string Scenario { get; set; }
    public required string Reason { get; set; }
    public required string OverriddenBy { get; set; }
    public DateTimeOffset OverriddenAt { get; set; }

    /// <summary>The version whose publish was overridden, in words ("RuleSet best-placed-assessor v2 (national)").</summary>
    public required string Definition { get; set; }

    public DateTimeOffset? ClearedAt { get; set; }
}

internal sealed class PolicyRunConfiguration : IEntityTypeConfiguration<PolicyRunRecord>
{
    public void Configure(EntityTypeBuilder<PolicyRunRecord> builder)
    {
        builder.ToTable("policy_runs");
        builder.HasIndex(r => new { r.Locality, r.RanAt });
    }
}

internal sealed class PolicyOverrideConfiguration : IEntityTypeConfiguration<PolicyOverrideRecord>
{
    public void Configure(EntityTypeBuilder<PolicyOverrideRecord> builder)
    {
        builder.ToTable("policy_overrides");
        builder.HasIndex(o => new { o.Locality, o.ClearedAt });
    }
}
