using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

namespace RuleOfLaw.NormativeDocuments.Data.Migrations
{
    /// <inheritdoc />
    public partial class ClockTimersAndDocuments : Migration
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

            migrationBuilder.AddColumn<DateOnly>(
                name: "comment_closes_on",
                table: "documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "comment_feedback",
                table: "documents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "comment_opens_on",
                table: "documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "competence",
                table: "documents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "discussion_meeting_date",
                table: "documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "discussion_meeting_type",
                table: "documents",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "discussion_minutes",
                table: "documents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "discussion_outcome",
                table: "documents",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "effective_from",
                table: "documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "expires_on",
                table: "documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "fair_competition_review",
                table: "documents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "filed_on",
                table: "documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "filing",
                table: "documents",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "left_force_on",
                table: "documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "number",
                table: "documents",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "number_sequence",
                table: "documents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "number_year",
                table: "documents",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "published_on",
                table: "documents",
                type: "date",
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

            migrationBuilder.AddColumn<bool>(
                name: "review_checklist_restricts_competition",
                table: "documents",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "review_concluded_at",
                table: "documents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "review_conclusion",
                table: "documents",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "review_due_on",
                table: "documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "review_opinion",
                table: "documents",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "review_reviewer",
                table: "documents",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "review_submitted_on",
                table: "documents",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "search_terms",
                table: "documents",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "suspended_clauses",
                table: "documents",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "documents",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple', search_terms)",
                stored: true);

            migrationBuilder.CreateTable(
                name: "document_comments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    author = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    content = table.Column<string>(type: "text", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    disposition = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    disposition_reason = table.Column<string>(type: "text", nullable: true),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_document_comments_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "document_number_counters",
                columns: table => new
                {
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_number_counters", x => new { x.unit_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "document_versions",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_versions", x => new { x.document_id, x.number });
                    table.ForeignKey(
                        name: "fk_document_versions_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "issuing_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    competences = table.Column<List<string>>(type: "text[]", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_issuing_units", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "register_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: false),
                    left_force_on = table.Column<DateOnly>(type: "date", nullable: true),
                    version_number = table.Column<int>(type: "integer", nullable: false),
                    suspended_clauses = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_register_entries", x => x.id);
                    table.ForeignKey(
                        name: "fk_register_entries_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_documents_number",
                table: "documents",
                column: "number",
                unique: true,
                filter: "number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_documents_search_vector",
                table: "documents",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_documents_status_effective_from_expires_on",
                table: "documents",
                columns: new[] { "status", "effective_from", "expires_on" });

            migrationBuilder.CreateIndex(
                name: "ix_documents_unit_id_number_year_number_sequence",
                table: "documents",
                columns: new[] { "unit_id", "number_year", "number_sequence" },
                unique: true,
                filter: "number IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_document_comments_document_id",
                table: "document_comments",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "ix_issuing_units_code",
                table: "issuing_units",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_issuing_units_unit_id",
                table: "issuing_units",
                column: "unit_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_register_entries_document_id_recorded_at",
                table: "register_entries",
                columns: new[] { "document_id", "recorded_at" });

            migrationBuilder.CreateIndex(
                name: "ix_register_entries_recorded_at_effective_from_expires_on",
                table: "register_entries",
                columns: new[] { "recorded_at", "effective_from", "expires_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_comments");

            migrationBuilder.DropTable(
                name: "document_number_counters");

            migrationBuilder.DropTable(
                name: "document_versions");

            migrationBuilder.DropTable(
                name: "issuing_units");

            migrationBuilder.DropTable(
                name: "register_entries");

            migrationBuilder.DropIndex(
                name: "ix_documents_number",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "ix_documents_search_vector",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "ix_documents_status_effective_from_expires_on",
                table: "documents");

            migrationBuilder.DropIndex(
                name: "ix_documents_unit_id_number_year_number_sequence",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "reports_overdue",
                table: "statutory_clocks");

            migrationBuilder.DropColumn(
                name: "comment_closes_on",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "comment_feedback",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "comment_opens_on",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "competence",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "discussion_meeting_date",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "discussion_meeting_type",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "discussion_minutes",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "discussion_outcome",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "effective_from",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "expires_on",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "fair_competition_review",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "filed_on",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "filing",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "left_force_on",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "number",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "number_sequence",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "number_year",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "published_on",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_checklist_creates_coercive_measures",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_checklist_creates_fees",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_checklist_creates_licences",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_checklist_creates_penalties",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_checklist_reduces_rights_or_adds_obligations_without_basis",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_checklist_restricts_competition",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_concluded_at",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_conclusion",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_due_on",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_opinion",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_reviewer",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "review_submitted_on",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "search_terms",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "suspended_clauses",
                table: "documents");
        }
    }
}
