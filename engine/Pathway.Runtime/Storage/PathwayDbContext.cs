using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Pathway.Runtime.Storage;

/// <summary>
/// The one database: definitions (pathways, rule sets, policy specs) and the impact reports run on their drafts, cases, bookmarks, the worklist, the
/// case work (people, referrals, assessments, MDT decisions, handovers, closures, access audit),
/// the journal, the timer outbox, the outbox (messages, signals, called cases' ends), and the
/// hosts' shared data-protection keys (so a cookie issued by one host reads on every other).
/// Quartz keeps its own tables in the same database.
/// </summary>
public partial class PathwayDbContext(DbContextOptions<PathwayDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<DefinitionRecord> Definitions => Set<DefinitionRecord>();
    public DbSet<PolicyRunRecord> PolicyRuns => Set<PolicyRunRecord>();
    public DbSet<PolicyOverrideRecord> PolicyOverrides => Set<PolicyOverrideRecord>();
    public DbSet<ImpactReportRecord> ImpactReports => Set<ImpactReportRecord>();
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();
    public DbSet<BookmarkRecord> Bookmarks => Set<BookmarkRecord>();
    public DbSet<WorkTaskRecord> WorkTasks => Set<WorkTaskRecord>();
    public DbSet<JournalRecord> Journal => Set<JournalRecord>();
    public DbSet<IncidentRecord> Incidents => Set<IncidentRecord>();
    public DbSet<TimerOutboxRecord> TimerOutbox => Set<TimerOutboxRecord>();
    public DbSet<OutboxRecord> Outbox => Set<OutboxRecord>();
    public DbSet<PersonRecord> People => Set<PersonRecord>();
    public DbSet<ReferralRecord> Referrals => Set<ReferralRecord>();
    public DbSet<IdempotencyRecord> IdempotencyKeys => Set<IdempotencyRecord>();
    public DbSet<AssessmentRecord> Assessments => Set<AssessmentRecord>();
    public DbSet<AssessmentReviewRecord> AssessmentReviews => Set<AssessmentReviewRecord>();
    public DbSet<MdtDecisionRecord> MdtDecisions => Set<MdtDecisionRecord>();
    public DbSet<HandoverRecord> Handovers => Set<HandoverRecord>();
    public DbSet<CaseClosureRecord> CaseClosures => Set<CaseClosureRecord>();
    public DbSet<AccessAuditRecord> AccessAudit => Set<AccessAuditRecord>();
    public DbSet<LocalityRecord> Localities => Set<LocalityRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PathwayDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset natively; store UTC ticks so due-time indexes work.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
