using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pathway.Engine.Runtime;

namespace Pathway.Runtime.Storage;

/// <summary>
/// An open bookmark, indexed so "who waits for this message" and "which timers are due" are
/// one lookup each. Rows exist exactly while the case state holds the bookmark.
/// </summary>
public sealed class BookmarkRecord
{
    public Guid CaseId { get; set; }
    public required string BookmarkId { get; set; }
    public BookmarkKind Kind { get; set; }
    public string? Key { get; set; }
    public required string NodeId { get; set; }
    public DateTimeOffset? DueAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class BookmarkConfiguration : IEntityTypeConfiguration<BookmarkRecord>
{
    public void Configure(EntityTypeBuilder<BookmarkRecord> builder)
    {
        builder.ToTable("bookmarks");
        builder.HasKey(b => new { b.CaseId, b.BookmarkId });
        builder.Property(b => b.Kind).HasConversion<string>();
        // Each index holds only the bookmarks looked up through it: a message or signal bookmark by its
        // name (WaitingCases), a timer by when it is due (FireDueTimers). Task and timer bookmarks, made
        // and ended at nearly every step, then cost no entry in an index that never finds them. A query
        // names its kind as a constant, so SQLite and PostgreSQL can tell the partial index covers it.
        builder.HasIndex(b => new { b.Kind, b.Key })
            .HasFilter($"\"Kind\" = '{nameof(BookmarkKind.Message)}' OR \"Kind\" = '{nameof(BookmarkKind.Signal)}'");
        builder.HasIndex(b => new { b.Kind, b.DueAt }).HasFilter($"\"Kind\" = '{nameof(BookmarkKind.Timer)}'");
    }
}
