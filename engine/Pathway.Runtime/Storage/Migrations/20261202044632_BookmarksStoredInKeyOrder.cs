using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pathway.Runtime.Storage.Migrations
{
    /// <summary>
    /// Bookmarks in one tree, in the order of their key (case, bookmark): a step that ends a task and
    /// its timers deletes them from one place, not from the table and then again from its key's index.
    /// EF has no word for WITHOUT ROWID, so the table is rebuilt here by hand; a later migration that
    /// makes EF rebuild it must keep the clause (BookmarkLookupTests checks the migrated table).
    /// </summary>
    public partial class BookmarksStoredInKeyOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, " WITHOUT ROWID");

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => Rebuild(migrationBuilder, "");

        private static void Rebuild(MigrationBuilder migrationBuilder, string options)
        {
            migrationBuilder.Sql($"""
                CREATE TABLE "ef_temp_bookmarks" (
                    "CaseId" TEXT NOT NULL,
                    "BookmarkId" TEXT NOT NULL,
                    "Kind" TEXT NOT NULL,
                    "Key" TEXT NULL,
                    "NodeId" TEXT NOT NULL,
                    "DueAt" INTEGER NULL,
                    "CreatedAt" INTEGER NOT NULL,
                    CONSTRAINT "PK_bookmarks" PRIMARY KEY ("CaseId", "BookmarkId")
                ){options};
                INSERT INTO "ef_temp_bookmarks" ("CaseId", "BookmarkId", "Kind", "Key", "NodeId", "DueAt", "CreatedAt")
                SELECT "CaseId", "BookmarkId", "Kind", "Key", "NodeId", "DueAt", "CreatedAt" FROM "bookmarks";
                DROP TABLE "bookmarks";
                ALTER TABLE "ef_temp_bookmarks" RENAME TO "bookmarks";
                CREATE INDEX "IX_bookmarks_Kind_DueAt" ON "bookmarks" ("Kind", "DueAt") WHERE "Kind" = 'Timer';
                CREATE INDEX "IX_bookmarks_Kind_Key" ON "bookmarks" ("Kind", "Key") WHERE "Kind" = 'Message' OR "Kind" = 'Signal';
                """);
        }
    }
}
