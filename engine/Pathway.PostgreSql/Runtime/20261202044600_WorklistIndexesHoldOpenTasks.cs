using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pathway.PostgreSql.Runtime
{
    /// <inheritdoc />
    public partial class WorklistIndexesHoldOpenTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_work_tasks_Status_Owner",
                table: "work_tasks");

            migrationBuilder.DropIndex(
                name: "IX_work_tasks_Status_Role_DueAt",
                table: "work_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_work_tasks_Status_Owner",
                table: "work_tasks",
                columns: new[] { "Status", "Owner" },
                filter: "\"Status\" IN ('Ready', 'InProgress')");

            migrationBuilder.CreateIndex(
                name: "IX_work_tasks_Status_Role_DueAt",
                table: "work_tasks",
                columns: new[] { "Status", "Role", "DueAt" },
                filter: "\"Status\" IN ('Ready', 'InProgress')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_work_tasks_Status_Owner",
                table: "work_tasks");

            migrationBuilder.DropIndex(
                name: "IX_work_tasks_Status_Role_DueAt",
                table: "work_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_work_tasks_Status_Owner",
                table: "work_tasks",
                columns: new[] { "Status", "Owner" });

            migrationBuilder.CreateIndex(
                name: "IX_work_tasks_Status_Role_DueAt",
                table: "work_tasks",
                columns: new[] { "Status", "Role", "DueAt" });
        }
    }
}
