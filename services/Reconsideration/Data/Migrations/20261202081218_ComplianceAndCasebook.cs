using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.Reconsideration.Data.Migrations
{
    /// <inheritdoc />
    public partial class ComplianceAndCasebook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "compliance_due_on",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "compliance_overdue",
                table: "cases",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "compliance_report",
                table: "cases",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "complied_on",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "escalation",
                table: "cases",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "opinion_letter_on",
                table: "cases",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "typical_summary",
                table: "cases",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "compliance_due_on",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "compliance_overdue",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "compliance_report",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "complied_on",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "escalation",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "opinion_letter_on",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "typical_summary",
                table: "cases");
        }
    }
}
