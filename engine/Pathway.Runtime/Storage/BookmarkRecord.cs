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
        builder.HasIndex(b => new { b.Kind, b.Key });
        builder.HasIndex(b => new { b.Kind, b.DueAt });
    }
}
