using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pathway.PostgreSql.Runtime
{
    /// <inheritdoc />
    public partial class AccessAuditReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Reason",
                table: "access_audit",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Reason",
                table: "access_audit");
        }
    }
}
