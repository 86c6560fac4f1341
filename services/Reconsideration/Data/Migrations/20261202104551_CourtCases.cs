using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.Reconsideration.Data.Migrations
{
    /// <inheritdoc />
    public partial class CourtCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "court_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    concerned_unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    court = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    court_case_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    plaintiff = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    act_challenged = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    served_on = table.Column<DateOnly>(type: "date", nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    defence_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    defence_filed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    defence = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    defence_overdue = table.Column<bool>(type: "boolean", nullable: false),
                    judgment = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    judged_on = table.Column<DateOnly>(type: "date", nullable: true),
                    judgment_summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    lost = table.Column<bool>(type: "boolean", nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    hearings = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_court_cases", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_court_cases_concerned_unit_id",
                table: "court_cases",
                column: "concerned_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_court_cases_court_court_case_number",
                table: "court_cases",
                columns: new[] { "court", "court_case_number" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "court_cases");
        }
    }
}
