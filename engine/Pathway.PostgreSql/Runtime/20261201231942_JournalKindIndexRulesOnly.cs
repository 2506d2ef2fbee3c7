using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pathway.PostgreSql.Runtime
{
    /// <inheritdoc />
    public partial class JournalKindIndexRulesOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_journal_Kind_At",
                table: "journal");

            migrationBuilder.CreateIndex(
                name: "IX_journal_Kind_At",
                table: "journal",
                columns: new[] { "Kind", "At" },
                filter: "\"Kind\" = 'rules.decided'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_journal_Kind_At",
                table: "journal");

            migrationBuilder.CreateIndex(
                name: "IX_journal_Kind_At",
                table: "journal",
                columns: new[] { "Kind", "At" });
        }
    }
}
