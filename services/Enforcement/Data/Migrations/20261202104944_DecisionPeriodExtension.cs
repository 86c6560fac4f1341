using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.Enforcement.Data.Migrations
{
    /// <inheritdoc />
    public partial class DecisionPeriodExtension : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "decision_extended_to",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decision_extension_approved_by",
                table: "cases",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "decision_extension_approved_on",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "decision_extension_reason",
                table: "cases",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "decision_extended_to",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "decision_extension_approved_by",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "decision_extension_approved_on",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "decision_extension_reason",
                table: "cases");
        }
    }
}
