using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pathway.Measures.Storage.Migrations
{
    /// <inheritdoc />
    public partial class RollupAndMdtDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The MDT measures now read mdt.decided and first contact no longer reads a field the
            // app never wrote: forget the folded rows so the projection refolds the journal.
            migrationBuilder.Sql("DELETE FROM measure_handover_declines; DELETE FROM measure_cases; DELETE FROM measure_dimensions; DELETE FROM measure_checkpoints;");

            migrationBuilder.DropColumn(
                name: "FirstContactRecorded",
                table: "measure_cases");

            migrationBuilder.DropColumn(
                name: "MdtCarerInvolved",
                table: "measure_cases");

            migrationBuilder.DropColumn(
                name: "MdtPersonInvolved",
                table: "measure_cases");

            migrationBuilder.AddColumn<string>(
                name: "MdtCarerInvolvement",
                table: "measure_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MdtPersonInvolvement",
                table: "measure_cases",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "measure_rollup",
                columns: table => new
                {
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Locality = table.Column<string>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    Need = table.Column<string>(type: "TEXT", nullable: false),
                    Standard = table.Column<string>(type: "TEXT", nullable: false),
                    Tally = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_rollup", x => new { x.Locality, x.Month, x.Team, x.Source, x.Need, x.Standard });
                });

            migrationBuilder.CreateIndex(
                name: "IX_measure_rollup_Month",
                table: "measure_rollup",
                column: "Month");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "measure_rollup");

            migrationBuilder.DropColumn(
                name: "MdtCarerInvolvement",
                table: "measure_cases");

            migrationBuilder.DropColumn(
                name: "MdtPersonInvolvement",
                table: "measure_cases");

            migrationBuilder.AddColumn<bool>(
                name: "FirstContactRecorded",
                table: "measure_cases",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "MdtCarerInvolved",
                table: "measure_cases",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MdtPersonInvolved",
                table: "measure_cases",
                type: "INTEGER",
                nullable: true);
        }
    }
}
