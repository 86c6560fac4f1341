using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.Decisions.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClockTimers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "reports_overdue",
                table: "statutory_clocks",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "reports_overdue",
                table: "statutory_clocks");
        }
    }
}
