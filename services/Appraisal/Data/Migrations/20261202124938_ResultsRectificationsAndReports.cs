using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.Appraisal.Data.Migrations
{
    /// <inheritdoc />
    public partial class ResultsRectificationsAndReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "commendation_threshold",
                table: "cycles",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: false,
                defaultValue: 90m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "frozen_on",
                table: "cycles",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "pass_mark",
                table: "cycles",
                type: "numeric(5,2)",
                precision: 5,
                scale: 2,
                nullable: false,
                defaultValue: 60m);

            migrationBuilder.AddColumn<DateOnly>(
                name: "published_on",
                table: "cycles",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "results",
                table: "cycles",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<string>(
                name: "status",
                table: "cycles",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Open"); // cycles created before the freeze existed are open

            migrationBuilder.CreateTable(
                name: "annual_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    filed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_annual_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rectifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    cycle_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    total = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    pass_mark = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    ordered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reported_on = table.Column<DateOnly>(type: "date", nullable: true),
                    measures = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    overdue = table.Column<bool>(type: "boolean", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    opinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rectifications", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_annual_reports_cycle_id_unit_id",
                table: "annual_reports",
                columns: new[] { "cycle_id", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rectifications_cycle_id_unit_id",
                table: "rectifications",
                columns: new[] { "cycle_id", "unit_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_reports");

            migrationBuilder.DropTable(
                name: "rectifications");

            migrationBuilder.DropColumn(
                name: "commendation_threshold",
                table: "cycles");

            migrationBuilder.DropColumn(
                name: "frozen_on",
                table: "cycles");

            migrationBuilder.DropColumn(
                name: "pass_mark",
                table: "cycles");

            migrationBuilder.DropColumn(
                name: "published_on",
                table: "cycles");

            migrationBuilder.DropColumn(
                name: "results",
                table: "cycles");

            migrationBuilder.DropColumn(
                name: "status",
                table: "cycles");
        }
    }
}
