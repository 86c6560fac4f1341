using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.NormativeDocuments.Data.Migrations
{
    /// <inheritdoc />
    public partial class RegisterReviewsObjections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "filing_review_checklist_imposes_unlawful_obligations",
                table: "documents",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "filing_review_checklist_local_or_sectoral_protectionism",
                table: "documents",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "filing_review_checklist_reduces_rights",
                table: "documents",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "filing_review_concluded_on",
                table: "documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "filing_review_opened_because",
                table: "documents",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "filing_review_opened_on",
                table: "documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "filing_review_opinion",
                table: "documents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "filing_review_outcome",
                table: "documents",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "objections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    objector = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    content = table.Column<string>(type: "text", nullable: false),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    answer_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    answer = table.Column<string>(type: "text", nullable: true),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_objections", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_objections_document_id",
                table: "objections",
                column: "document_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "objections");

            migrationBuilder.DropColumn(
                name: "filing_review_checklist_imposes_unlawful_obligations",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "filing_review_checklist_local_or_sectoral_protectionism",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "filing_review_checklist_reduces_rights",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "filing_review_concluded_on",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "filing_review_opened_because",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "filing_review_opened_on",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "filing_review_opinion",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "filing_review_outcome",
                table: "documents");
        }
    }
}
