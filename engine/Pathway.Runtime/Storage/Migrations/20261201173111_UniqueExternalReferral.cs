using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pathway.Runtime.Storage.Migrations
{
    /// <inheritdoc />
    public partial class UniqueExternalReferral : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_ExternalId",
                table: "referrals");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ExternalId_Channel",
                table: "referrals",
                columns: new[] { "ExternalId", "Channel" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_ExternalId_Channel",
                table: "referrals");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ExternalId",
                table: "referrals",
                column: "ExternalId");
        }
    }
}
