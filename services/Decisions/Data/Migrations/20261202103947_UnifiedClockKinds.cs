using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.Decisions.Data.Migrations
{
    /// <summary>
    /// The decisions service names its clock kinds as the documents service does ("comment-close",
    /// "legality-review"): one word for one thing. Clocks already running keep firing under the new names.
    /// </summary>
    public partial class UnifiedClockKinds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE statutory_clocks SET kind = 'comment-close' WHERE kind = 'decision-comment-close';");
            migrationBuilder.Sql("UPDATE statutory_clocks SET kind = 'legality-review' WHERE kind = 'decision-legality-review';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE statutory_clocks SET kind = 'decision-comment-close' WHERE kind = 'comment-close';");
            migrationBuilder.Sql("UPDATE statutory_clocks SET kind = 'decision-legality-review' WHERE kind = 'legality-review';");
        }
    }
}
