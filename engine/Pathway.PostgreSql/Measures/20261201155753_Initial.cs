using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Pathway.PostgreSql.Measures
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "measure_cases",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Locality = table.Column<string>(type: "text", nullable: false),
                    Team = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false),
                    Need = table.Column<string>(type: "text", nullable: false),
                    ReferredAt = table.Column<long>(type: "bigint", nullable: false),
                    ReferredMonth = table.Column<int>(type: "integer", nullable: false),
                    OutOfHours = table.Column<bool>(type: "boolean", nullable: false),
                    Standard = table.Column<string>(type: "text", nullable: true),
                    AssessorRole = table.Column<string>(type: "text", nullable: true),
                    OutsideCommunityCare = table.Column<bool>(type: "boolean", nullable: false),
                    AssessmentCompletedAt = table.Column<long>(type: "bigint", nullable: true),
                    FirstContactAt = table.Column<long>(type: "bigint", nullable: true),
                    ResponseMinutes = table.Column<double>(type: "double precision", nullable: true),
                    ResponseAlerted = table.Column<bool>(type: "boolean", nullable: false),
                    AssessmentEscalated = table.Column<bool>(type: "boolean", nullable: false),
                    AssessmentsAccepted = table.Column<int>(type: "integer", nullable: false),
                    AssessmentsChallenged = table.Column<int>(type: "integer", nullable: false),
                    MdtSelectedAt = table.Column<long>(type: "bigint", nullable: true),
                    MdtReason = table.Column<string>(type: "text", nullable: true),
                    MdtReviewedAt = table.Column<long>(type: "bigint", nullable: true),
                    MdtPersonInvolvement = table.Column<string>(type: "text", nullable: true),
                    MdtCarerInvolvement = table.Column<string>(type: "text", nullable: true),
                    MdtPositiveRisk = table.Column<bool>(type: "boolean", nullable: false),
                    MdtOverdue = table.Column<bool>(type: "boolean", nullable: false),
                    HandoverRequestedAt = table.Column<long>(type: "bigint", nullable: true),
                    HandoverAcceptedAt = table.Column<long>(type: "bigint", nullable: true),
                    ReceivingService = table.Column<string>(type: "text", nullable: true),
                    HandoverDeclines = table.Column<int>(type: "integer", nullable: false),
                    HandoverEscalated = table.Column<bool>(type: "boolean", nullable: false),
                    EndedAt = table.Column<long>(type: "bigint", nullable: true),
                    EndStatus = table.Column<string>(type: "text", nullable: true),
                    Outcome = table.Column<string>(type: "text", nullable: true),
                    OutcomeReason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_cases", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "measure_checkpoints",
                columns: table => new
                {
                    Name = table.Column<string>(type: "text", nullable: false),
                    LastJournalId = table.Column<long>(type: "bigint", nullable: false),
                    UpdatedAt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_checkpoints", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "measure_dimensions",
                columns: table => new
                {
                    Dimension = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_dimensions", x => new { x.Dimension, x.Value });
                });

            migrationBuilder.CreateTable(
                name: "measure_handover_declines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    JournalId = table.Column<long>(type: "bigint", nullable: false),
                    DeclinedAt = table.Column<long>(type: "bigint", nullable: false),
                    Reason = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_handover_declines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "measure_rollup",
                columns: table => new
                {
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Locality = table.Column<string>(type: "text", nullable: false),
                    Team = table.Column<string>(type: "text", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false),
                    Need = table.Column<string>(type: "text", nullable: false),
                    Standard = table.Column<string>(type: "text", nullable: false),
                    Tally = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_rollup", x => new { x.Locality, x.Month, x.Team, x.Source, x.Need, x.Standard });
                });

            migrationBuilder.CreateIndex(
                name: "IX_measure_cases_Locality_ReferredAt",
                table: "measure_cases",
                columns: new[] { "Locality", "ReferredAt" });

            migrationBuilder.CreateIndex(
                name: "IX_measure_cases_ReferredAt",
                table: "measure_cases",
                column: "ReferredAt");

            migrationBuilder.CreateIndex(
                name: "IX_measure_handover_declines_CaseId",
                table: "measure_handover_declines",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_measure_handover_declines_JournalId",
                table: "measure_handover_declines",
                column: "JournalId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_measure_rollup_Month",
                table: "measure_rollup",
                column: "Month");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "measure_cases");

            migrationBuilder.DropTable(
                name: "measure_checkpoints");

            migrationBuilder.DropTable(
                name: "measure_dimensions");

            migrationBuilder.DropTable(
                name: "measure_handover_declines");

            migrationBuilder.DropTable(
                name: "measure_rollup");
        }
    }
}
