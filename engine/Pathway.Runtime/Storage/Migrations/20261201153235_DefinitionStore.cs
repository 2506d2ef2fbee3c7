using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pathway.Runtime.Storage.Migrations
{
    /// <inheritdoc />
    public partial class DefinitionStore : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "definitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Locality = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    ProblemsJson = table.Column<string>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policy_overrides",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Locality = table.Column<string>(type: "TEXT", nullable: false),
                    Feature = table.Column<string>(type: "TEXT", nullable: false),
                    Scenario = table.Column<string>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false),
                    OverriddenBy = table.Column<string>(type: "TEXT", nullable: false),
                    OverriddenAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false),
                    ClearedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_overrides", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "policy_runs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Locality = table.Column<string>(type: "TEXT", nullable: false),
                    Trigger = table.Column<string>(type: "TEXT", nullable: false),
                    RanAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Passed = table.Column<int>(type: "INTEGER", nullable: false),
                    Failed = table.Column<int>(type: "INTEGER", nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_policy_runs", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_definitions_Kind_Key_Locality_Status",
                table: "definitions",
                columns: new[] { "Kind", "Key", "Locality", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_definitions_Kind_Key_Locality_Version",
                table: "definitions",
                columns: new[] { "Kind", "Key", "Locality", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_definitions_one_draft",
                table: "definitions",
                columns: new[] { "Kind", "Key", "Locality" },
                unique: true,
                filter: "\"Status\" = 'Draft'");

            migrationBuilder.CreateIndex(
                name: "IX_definitions_one_published",
                table: "definitions",
                columns: new[] { "Kind", "Key", "Locality" },
                unique: true,
                filter: "\"Status\" = 'Published'");

            migrationBuilder.CreateIndex(
                name: "IX_policy_overrides_Locality_ClearedAt",
                table: "policy_overrides",
                columns: new[] { "Locality", "ClearedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_policy_runs_Locality_RanAt",
                table: "policy_runs",
                columns: new[] { "Locality", "RanAt" });

            // Pathway rows keep their ids, so every case's PathwayDefinitionId still names its version; rule sets take new ids after them.
            migrationBuilder.Sql("""
                INSERT INTO definitions (Id, Kind, Key, Locality, Version, Status, Content, ContentHash, ProblemsJson, CreatedAt, CreatedBy, PublishedAt, PublishedBy, Revision)
                SELECT Id, 'Pathway', Key, Locality, Version, Status, Xml, ContentHash, NULL, CreatedAt, CreatedBy, PublishedAt, PublishedBy, 0 FROM pathway_definitions;
                INSERT INTO definitions (Kind, Key, Locality, Version, Status, Content, ContentHash, ProblemsJson, CreatedAt, CreatedBy, PublishedAt, PublishedBy, Revision)
                SELECT 'RuleSet', Name, Locality, Version, Status, Json, ContentHash, NULL, CreatedAt, CreatedBy, PublishedAt, PublishedBy, 0 FROM rule_sets ORDER BY Id;
                """);

            migrationBuilder.DropTable(
                name: "pathway_definitions");

            migrationBuilder.DropTable(
                name: "rule_sets");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "policy_overrides");

            migrationBuilder.DropTable(
                name: "policy_runs");

            migrationBuilder.CreateTable(
                name: "pathway_definitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Key = table.Column<string>(type: "TEXT", nullable: false),
                    Locality = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pathway_definitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rule_sets",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContentHash = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Locality = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    PublishedBy = table.Column<string>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rule_sets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_pathway_definitions_Key_Locality_Status",
                table: "pathway_definitions",
                columns: new[] { "Key", "Locality", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_pathway_definitions_Key_Locality_Version",
                table: "pathway_definitions",
                columns: new[] { "Key", "Locality", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rule_sets_Name_Locality_Status",
                table: "rule_sets",
                columns: new[] { "Name", "Locality", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_rule_sets_Name_Locality_Version",
                table: "rule_sets",
                columns: new[] { "Name", "Locality", "Version" },
                unique: true);

            migrationBuilder.Sql("""
                INSERT INTO pathway_definitions (Id, Key, Locality, Version, Status, Xml, ContentHash, CreatedAt, CreatedBy, PublishedAt, PublishedBy)
                SELECT Id, Key, Locality, Version, Status, Content, ContentHash, CreatedAt, CreatedBy, PublishedAt, PublishedBy FROM definitions WHERE Kind = 'Pathway';
                INSERT INTO rule_sets (Name, Locality, Version, Status, Json, ContentHash, CreatedAt, CreatedBy, PublishedAt, PublishedBy)
                SELECT Key, Locality, Version, Status, Content, ContentHash, CreatedAt, CreatedBy, PublishedAt, PublishedBy FROM definitions WHERE Kind = 'RuleSet' ORDER BY Id;
                """);

            migrationBuilder.DropTable(
                name: "definitions");
        }
    }
}
