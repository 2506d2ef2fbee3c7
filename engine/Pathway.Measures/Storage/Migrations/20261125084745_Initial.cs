using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pathway.Measures.Storage.Migrations
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
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Locality = table.Column<string>(type: "TEXT", nullable: false),
                    Team = table.Column<string>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    Need = table.Column<string>(type: "TEXT", nullable: false),
                    ReferredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReferredMonth = table.Column<int>(type: "INTEGER", nullable: false),
                    OutOfHours = table.Column<bool>(type: "INTEGER", nullable: false),
                    Standard = table.Column<string>(type: "TEXT", nullable: true),
                    AssessorRole = table.Column<string>(type: "TEXT", nullable: true),
                    OutsideCommunityCare = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssessmentCompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstContactAt = table.Column<long>(type: "INTEGER", nullable: true),
                    FirstContactRecorded = table.Column<bool>(type: "INTEGER", nullable: false),
                    ResponseMinutes = table.Column<double>(type: "REAL", nullable: true),
                    ResponseAlerted = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssessmentEscalated = table.Column<bool>(type: "INTEGER", nullable: false),
                    AssessmentsAccepted = table.Column<int>(type: "INTEGER", nullable: false),
                    AssessmentsChallenged = table.Column<int>(type: "INTEGER", nullable: false),
                    MdtSelectedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MdtReason = table.Column<string>(type: "TEXT", nullable: true),
                    MdtReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    MdtPersonInvolved = table.Column<bool>(type: "INTEGER", nullable: true),
                    MdtCarerInvolved = table.Column<bool>(type: "INTEGER", nullable: true),
                    MdtPositiveRisk = table.Column<bool>(type: "INTEGER", nullable: false),
                    MdtOverdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    HandoverRequestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    HandoverAcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceivingService = table.Column<string>(type: "TEXT", nullable: true),
                    HandoverDeclines = table.Column<int>(type: "INTEGER", nullable: false),
                    HandoverEscalated = table.Column<bool>(type: "INTEGER", nullable: false),
                    EndedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EndStatus = table.Column<string>(type: "TEXT", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    OutcomeReason = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_cases", x => x.CaseId);
                });

            migrationBuilder.CreateTable(
                name: "measure_checkpoints",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    LastJournalId = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_checkpoints", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "measure_dimensions",
                columns: table => new
                {
                    Dimension = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_dimensions", x => new { x.Dimension, x.Value });
                });

            migrationBuilder.CreateTable(
                name: "measure_handover_declines",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JournalId = table.Column<long>(type: "INTEGER", nullable: false),
                    DeclinedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_measure_handover_declines", x => x.Id);
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
        }
    }
}
