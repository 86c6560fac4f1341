using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.NormativeDocuments.Data.Migrations
{
    /// <inheritdoc />
    public partial class CleanupAndIncidentalReview : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cleanup_campaigns",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cleanup_campaigns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "incidental_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: true),
                    clauses = table.Column<List<string>>(type: "text[]", nullable: false),
                    grounds = table.Column<string>(type: "text", nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    issuer_answer = table.Column<string>(type: "text", nullable: true),
                    suspended_clauses = table.Column<List<string>>(type: "text[]", nullable: false),
                    transferred_to = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reasoning = table.Column<string>(type: "text", nullable: true),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_incidental_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cleanup_items",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    repeal_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cleanup_items", x => new { x.campaign_id, x.document_id });
                    table.ForeignKey(
                        name: "fk_cleanup_items_cleanup_campaigns_campaign_id",
                        column: x => x.campaign_id,
                        principalTable: "cleanup_campaigns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_incidental_reviews_case_id",
                table: "incidental_reviews",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cleanup_items");

            migrationBuilder.DropTable(
                name: "incidental_reviews");

            migrationBuilder.DropTable(
                name: "cleanup_campaigns");
        }
    }
}
