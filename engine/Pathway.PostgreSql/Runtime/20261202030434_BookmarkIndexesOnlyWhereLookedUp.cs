using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pathway.PostgreSql.Runtime
{
    /// <inheritdoc />
    public partial class BookmarkIndexesOnlyWhereLookedUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_bookmarks_Kind_DueAt",
                table: "bookmarks");

            migrationBuilder.DropIndex(
                name: "IX_bookmarks_Kind_Key",
                table: "bookmarks");

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_Kind_DueAt",
                table: "bookmarks",
                columns: new[] { "Kind", "DueAt" },
                filter: "\"Kind\" = 'Timer'");

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_Kind_Key",
                table: "bookmarks",
                columns: new[] { "Kind", "Key" },
                filter: "\"Kind\" = 'Message' OR \"Kind\" = 'Signal'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_bookmarks_Kind_DueAt",
                table: "bookmarks");

            migrationBuilder.DropIndex(
                name: "IX_bookmarks_Kind_Key",
                table: "bookmarks");

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_Kind_DueAt",
                table: "bookmarks",
                columns: new[] { "Kind", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_bookmarks_Kind_Key",
                table: "bookmarks",
                columns: new[] { "Kind", "Key" });
        }
    }
}
