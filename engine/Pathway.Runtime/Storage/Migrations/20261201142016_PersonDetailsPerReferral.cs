using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Pathway.Runtime.Storage.Migrations
{
    /// <inheritdoc />
    public partial class PersonDetailsPerReferral : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "DateOfBirth",
                table: "referrals",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "GpPractice",
                table: "referrals",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PersonName",
                table: "referrals",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                table: "referrals",
                type: "TEXT",
                nullable: true);
            // Each referral keeps the details it stated (its own JSON); the person's row, which the latest
            // referral used to overwrite, only fills what an old referral's JSON lacks.
            migrationBuilder.Sql("""
                UPDATE referrals SET
                    PersonName = COALESCE(json_extract(DetailsJson, '$.person.name'), (SELECT Name FROM people WHERE people.Id = referrals.PersonId), ''),
                    DateOfBirth = COALESCE(json_extract(DetailsJson, '$.person.dateOfBirth'), (SELECT DateOfBirth FROM people WHERE people.Id = referrals.PersonId)),
                    Postcode = COALESCE(json_extract(DetailsJson, '$.person.postcode'), (SELECT Postcode FROM people WHERE people.Id = referrals.PersonId)),
                    GpPractice = COALESCE(json_extract(DetailsJson, '$.person.gpPractice'), (SELECT GpPractice FROM people WHERE people.Id = referrals.PersonId));
                """);

            migrationBuilder.DropColumn(
                name: "DateOfBirth",
                table: "people");

            migrationBuilder.DropColumn(
                name: "GpPractice",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "people");

            migrationBuilder.DropColumn(
                name: "Postcode",
                table: "people");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DateOfBirth",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "GpPractice",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "PersonName",
                table: "referrals");

            migrationBuilder.DropColumn(
                name: "Postcode",
                table: "referrals");

            migrationBuilder.AddColumn<DateOnly>(
                name: "DateOfBirth",
                table: "people",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "GpPractice",
                table: "people",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "people",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Postcode",
                table: "people",
                type: "TEXT",
                nullable: true);
        }
    }
}
