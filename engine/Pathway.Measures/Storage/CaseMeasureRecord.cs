using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pathway.Measures.Storage;

/// <summary>
/// One case as the measures see it: when the referral came in, which standard triage set,
/// when the person was first seen, what the MDT and the receiving service did, how it ended.
/// Folded from the journal by <see cref="Projection.MeasuresProjection"/>; aggregates only
/// ever leave the dashboard, and the one record-level export carries the case id alone.
/// </summary>
public sealed class CaseMeasureRecord
{
    public Guid CaseId { get; set; }
    public string Locality { get; set; } = "";
    public string Team { get; set; } = "";
    public string Source { get; set; } = "";
    public string Need { get; set; } = "";

    /// <summary>Clock start: the referral's own received time when given, else the case start.</summary>
    public DateTimeOffset ReferredAt { get; set; }

    /// <summary>yyyyMM of <see cref="ReferredAt"/> in UK time: the reporting period.</summary>
    public int ReferredMonth { get; set; }

    /// <summary>Received before 08:00 or from 20:00 UK time, outside UCR's core hours.</summary>
    public bool OutOfHours { get; set; }

    public string? Standard { get; set; }
    public string? AssessorRole { get; set; }
    public bool OutsideCommunityCare { get; set; }

    public DateTimeOffset? AssessmentCompletedAt { get; set; }

    /// <summary>When the trusted assessment was recorded: the case's first care contact.</summary>
    public DateTimeOffset? FirstContactAt { get; set; }

    /// <summary>Minutes from referral to first care contact.</summary>
    public double? ResponseMinutes { get; set; }

    public bool ResponseAlerted { get; set; }
    public bool AssessmentEscalated { get; set; }
    public int AssessmentsAccepted { get; set; }
    public int AssessmentsChallenged { get; set; }

    public DateTimeOffset? MdtSelectedAt { get; set; }
    public string? MdtReason { get; set; }
    public DateTimeOffset? MdtReviewedAt { get; set; }

    /// <summary>present, consulted, declined or lacks-capacity-best-interests, as the MDT decision records it.</summary>
    public string? MdtPersonInvolvement { get; set; }

    /// <summary>present, consulted, declined or no-carers.</summary>
    public string? MdtCarerInvolvement { get; set; }

    /// <summary>The MDT accepted a risk with the person (a positive risk-taking record).</summary>
    public bool MdtPositiveRisk { get; set; }
    public bool MdtOverdue { get; set; }

    /// <summary>The first time a handover was asked for: acceptance time runs from here through any declines.</summary>
    public DateTimeOffset? HandoverRequestedAt { get; set; }
    public DateTimeOffset? HandoverAcceptedAt { get; set; }
    public string? ReceivingService { get; set; }
    public int HandoverDeclines { get; set; }
    public bool HandoverEscalated { get; set; }

    public DateTimeOffset? EndedAt { get; set; }

    /// <summary>completed, cancelled or redirected (sent out of community care).</summary>
    public string? EndStatus { get; set; }
    public string? Outcome { get; set; }
    public string? OutcomeReason { get; set; }
}

internal sealed class CaseMeasureConfiguration : IEntityTypeConfiguration<CaseMeasureRecord>
{
    public void Configure(EntityTypeBuilder<CaseMeasureRecord> builder)
    {
        builder.ToTable("measure_cases");
        builder.HasKey(c => c.CaseId);
        // The dashboard filters a locality (or all) over a range of referral dates.
        builder.HasIndex(c => new { c.Locality, c.ReferredAt });
        builder.HasIndex(c => c.ReferredAt);
    }
}
