using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.NormativeDocuments.Data.Migrations
{
    /// <inheritdoc />
    public partial class SharedProcedures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Hand-edited: the DOC-1 checklist's six columns become the shared review's "points checked"
            // and "defects found" lists; the answers of concluded reviews are carried over before the drop.
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "consultation_dispositions_published_at",
                table: "documents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "consultation_shorter_period_reason",
                table: "documents",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "discussion_head_reason",
                table: "documents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "discussion_legal_office_head_attended",
                table: "documents",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "review_defects_found",
                table: "documents",
                type: "text[]",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "review_points_checked",
                table: "documents",
                type: "text[]",
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE documents SET review_points_checked = '{}', review_defects_found = '{}' WHERE review_submitted_on IS NOT NULL;
                UPDATE documents
                   SET review_points_checked = ARRAY['CreatesLicences', 'CreatesPenalties', 'CreatesCoerciveMeasures', 'CreatesFees', 'ReducesRightsOrAddsObligationsWithoutBasis', 'RestrictsCompetition'],
                       review_defects_found = array_remove(ARRAY[CASE WHEN review_checklist_creates_licences THEN 'CreatesLicences' END, CASE WHEN review_checklist_creates_penalties THEN 'CreatesPenalties' END, CASE WHEN review_checklist_creates_coercive_measures THEN 'CreatesCoerciveMeasures' END, CASE WHEN review_checklist_creates_fees THEN 'CreatesFees' END, CASE WHEN review_checklist_reduces_rights_or_adds_obligations_without_basis THEN 'ReducesRightsOrAddsObligationsWithoutBasis' END, CASE WHEN review_checklist_restricts_competition THEN 'RestrictsCompetition' END], NULL)
                 WHERE review_checklist_creates_licences IS NOT NULL;
                """);

            migrationBuilder.DropColumn(
                name: "review_checklist_creates_licences",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_checklist_creates_penalties",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_checklist_creates_coercive_measures",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_checklist_creates_fees",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_checklist_reduces_rights_or_adds_obligations_without_basis",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_checklist_restricts_competition",
                table: "documents");

            migrationBuilder.CreateTable(
                name: "document_meeting_positions",
                columns: table => new
                {
                    order = table.Column<int>(type: "integer", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_head = table.Column<bool>(type: "boolean", nullable: false),
                    stance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    remarks = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_meeting_positions", x => new { x.document_id, x.order });
                    table.ForeignKey(
                        name: "fk_document_meeting_positions_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_meeting_positions");

            migrationBuilder.DropColumn(
                name: "consultation_dispositions_published_at",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "consultation_shorter_period_reason",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "discussion_head_reason",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_defects_found",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_points_checked",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "discussion_legal_office_head_attended",
                table: "documents");

            migrationBuilder.AddColumn<bool>(
                name: "review_checklist_restricts_competition",
                table: "documents",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "review_checklist_creates_coercive_measures",
                table: "documents",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "review_checklist_creates_fees",
                table: "documents",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "review_checklist_creates_licences",
                table: "documents",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "review_checklist_creates_penalties",
                table: "documents",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "review_checklist_reduces_rights_or_adds_obligations_without_basis",
                table: "documents",
                type: "boolean",
                nullable: true);
        }
    }
}
