using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.Enforcement.Data.Migrations
{
    /// <inheritdoc />
    public partial class DecisionPeriodEndsOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "decision_period_ends_on",
                table: "cases",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            // Existing cases take the day their decision clock counts to (a rest day moved to the next working day).
            // A case whose period was extended has a clock moved to the new day: its 90th day is taken as it was
            // computed before, opening plus 90 days.
            migrationBuilder.Sql("""
                UPDATE cases c
                SET decision_period_ends_on = COALESCE(
                    CASE WHEN c.decision_extended_to IS NULL THEN
                        (SELECT min(k.due_date) FROM statutory_clocks k
                         WHERE k.record_id = c.id AND k.record_type = 'EnforcementCase' AND k.kind = 'decision')
                    END,
                    c.opened_on + 90);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "decision_period_ends_on",
                table: "cases");
        }
    }
}
