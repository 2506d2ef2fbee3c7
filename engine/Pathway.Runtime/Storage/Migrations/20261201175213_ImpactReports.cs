using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pathway.Runtime.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ImpactReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "ImpactReportId",
                table: "definitions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "impact_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    DefinitionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Locality = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    Days = table.Column<int>(type: "INTEGER", nullable: false),
                    RanAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RanBy = table.Column<string>(type: "TEXT", nullable: false),
                    Cases = table.Column<int>(type: "INTEGER", nullable: false),
                    Changed = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_impact_reports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_impact_reports_DefinitionId_ContentHash",
                table: "impact_reports",
                columns: new[] { "DefinitionId", "ContentHash" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "impact_reports");

            migrationBuilder.DropColumn(
                name: "ImpactReportId",
                table: "definitions");
        }
    }
}
