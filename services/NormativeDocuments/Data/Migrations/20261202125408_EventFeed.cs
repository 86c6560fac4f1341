using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.NormativeDocuments.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "event_feed_position_seq");

            migrationBuilder.CreateTable(
                name: "event_feed",
                columns: table => new
                {
                    position = table.Column<long>(type: "bigint", nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    record_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    data = table.Column<string>(type: "text", nullable: false),
                    is_public = table.Column<bool>(type: "boolean", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_feed", x => x.position);
                });

            migrationBuilder.CreateIndex(
                name: "ix_event_feed_event_id",
                table: "event_feed",
                column: "event_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_feed_published_at",
                table: "event_feed",
                column: "published_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "event_feed");

            migrationBuilder.DropSequence(
                name: "event_feed_position_seq");
        }
    }
}
