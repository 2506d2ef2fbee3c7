using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pathway.PostgreSql.Runtime
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
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "impact_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DefinitionId = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Key = table.Column<string>(type: "text", nullable: false),
                    Locality = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ContentHash = table.Column<string>(type: "text", nullable: false),
                    Days = table.Column<int>(type: "integer", nullable: false),
                    RanAt = table.Column<long>(type: "bigint", nullable: false),
                    RanBy = table.Column<string>(type: "text", nullable: false),
                    Cases = table.Column<int>(type: "integer", nullable: false),
                    Changed = table.Column<int>(type: "integer", nullable: false),
                    ReportJson = table.Column<string>(type: "text", nullable: false)
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
