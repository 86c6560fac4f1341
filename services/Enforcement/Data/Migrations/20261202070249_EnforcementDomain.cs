using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.Enforcement.Data.Migrations
{
    /// <inheritdoc />
    public partial class EnforcementDomain : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "case_file_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_file_reviews", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    power_id = table.Column<Guid>(type: "uuid", nullable: false),
                    power_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    power_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    party_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    party_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    party_account = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    facts = table.Column<string>(type: "text", nullable: false),
                    act_on = table.Column<DateOnly>(type: "date", nullable: false),
                    opened_on = table.Column<DateOnly>(type: "date", nullable: false),
                    life_health_or_finance = table.Column<bool>(type: "boolean", nullable: false),
                    on_the_spot = table.Column<bool>(type: "boolean", nullable: false),
                    major_public_interest = table.Column<bool>(type: "boolean", nullable: false),
                    complex = table.Column<bool>(type: "boolean", nullable: false),
                    law_requires_review = table.Column<bool>(type: "boolean", nullable: false),
                    officer_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    notice_on = table.Column<DateOnly>(type: "date", nullable: true),
                    notice_reasons = table.Column<string>(type: "text", nullable: true),
                    proposed_kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    proposed_amount = table.Column<decimal>(type: "numeric", nullable: true),
                    defended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    defence = table.Column<string>(type: "text", nullable: true),
                    hearing_waived = table.Column<bool>(type: "boolean", nullable: false),
                    hearing_requested_on = table.Column<DateOnly>(type: "date", nullable: true),
                    hearing_notice_on = table.Column<DateOnly>(type: "date", nullable: true),
                    hearing_on = table.Column<DateOnly>(type: "date", nullable: true),
                    presider_id = table.Column<Guid>(type: "uuid", nullable: true),
                    hearing_held_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    review_opinion = table.Column<string>(type: "text", nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    penalty_kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    penalty_amount = table.Column<decimal>(type: "numeric", nullable: true),
                    circumstance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    benchmark_id = table.Column<Guid>(type: "uuid", nullable: true),
                    outside_benchmark = table.Column<bool>(type: "boolean", nullable: false),
                    override_reason = table.Column<string>(type: "text", nullable: true),
                    decided_late = table.Column<bool>(type: "boolean", nullable: false),
                    decision_overdue = table.Column<bool>(type: "boolean", nullable: false),
                    served_on = table.Column<DateOnly>(type: "date", nullable: true),
                    served_late = table.Column<bool>(type: "boolean", nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    executed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    archived_on = table.Column<DateOnly>(type: "date", nullable: true),
                    basis_flag = table.Column<string>(type: "text", nullable: true),
                    reconsideration_outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    reconsideration_decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawal_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawn_on = table.Column<DateOnly>(type: "date", nullable: true),
                    satisfaction_score = table.Column<int>(type: "integer", nullable: true),
                    satisfaction_comment = table.Column<string>(type: "text", nullable: true),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "competence_disputes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    other_unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    matter = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    raised_on = table.Column<DateOnly>(type: "date", nullable: false),
                    competent_unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reasoning = table.Column<string>(type: "text", nullable: true),
                    resolved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_competence_disputes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "discretion_benchmarks",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    power_id = table.Column<Guid>(type: "uuid", nullable: false),
                    power_code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: true),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_discretion_benchmarks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "enforcing_units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_enforcing_units", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "known_documents",
                columns: table => new
                {
                    number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: true),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    standing = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    left_force_on = table.Column<DateOnly>(type: "date", nullable: true),
                    left_force_reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    suspended_clauses = table.Column<List<string>>(type: "text[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_known_documents", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "officers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    certificate_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "date", nullable: false),
                    revoked_on = table.Column<DateOnly>(type: "date", nullable: true),
                    revocation_reason = table.Column<string>(type: "text", nullable: true),
                    qualified_reviewer = table.Column<bool>(type: "boolean", nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "powers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    basis_flag = table.Column<string>(type: "text", nullable: true),
                    basis_flagged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_powers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reviewed_files",
                columns: table => new
                {
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    review_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    score = table.Column<int>(type: "integer", nullable: true),
                    findings = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reviewed_files", x => new { x.review_id, x.case_id });
                    table.ForeignKey(
                        name: "fk_reviewed_files_case_file_reviews_review_id",
                        column: x => x.review_id,
                        principalTable: "case_file_reviews",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_evidence",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    step = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    file_name = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    media_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    collected_on = table.Column<DateOnly>(type: "date", nullable: false),
                    collected_by = table.Column<Guid>(type: "uuid", nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_evidence", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_evidence_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_file_entries",
                columns: table => new
                {
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    previous_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_file_entries", x => new { x.case_id, x.sequence });
                    table.ForeignKey(
                        name: "fk_case_file_entries_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "benchmark_ranges",
                columns: table => new
                {
                    circumstance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    benchmark_id = table.Column<Guid>(type: "uuid", nullable: false),
                    min_amount = table.Column<decimal>(type: "numeric", nullable: false),
                    max_amount = table.Column<decimal>(type: "numeric", nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_benchmark_ranges", x => new { x.benchmark_id, x.circumstance });
                    table.ForeignKey(
                        name: "fk_benchmark_ranges_discretion_benchmarks_benchmark_id",
                        column: x => x.benchmark_id,
                        principalTable: "discretion_benchmarks",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "officer_trainings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    course = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<decimal>(type: "numeric", nullable: false),
                    officer_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_officer_trainings", x => x.id);
                    table.ForeignKey(
                        name: "fk_officer_trainings_officers_officer_id",
                        column: x => x.officer_id,
                        principalTable: "officers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "power_versions",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    power_id = table.Column<Guid>(type: "uuid", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    law_basis = table.Column<string>(type: "text", nullable: true),
                    document_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    document_clause = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    reason = table.Column<string>(type: "text", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_power_versions", x => new { x.power_id, x.number });
                    table.ForeignKey(
                        name: "fk_power_versions_powers_power_id",
                        column: x => x.power_id,
                        principalTable: "powers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_case_evidence_case_id",
                table: "case_evidence",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_file_reviews_year",
                table: "case_file_reviews",
                column: "year");

            migrationBuilder.CreateIndex(
                name: "ix_cases_number",
                table: "cases",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_party_account",
                table: "cases",
                column: "party_account");

            migrationBuilder.CreateIndex(
                name: "ix_cases_power_id",
                table: "cases",
                column: "power_id");

            migrationBuilder.CreateIndex(
                name: "ix_cases_unit_id_opened_on",
                table: "cases",
                columns: new[] { "unit_id", "opened_on" });

            migrationBuilder.CreateIndex(
                name: "ix_discretion_benchmarks_power_id_effective_from",
                table: "discretion_benchmarks",
                columns: new[] { "power_id", "effective_from" });

            migrationBuilder.CreateIndex(
                name: "ix_enforcing_units_unit_id",
                table: "enforcing_units",
                column: "unit_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_officer_trainings_officer_id",
                table: "officer_trainings",
                column: "officer_id");

            migrationBuilder.CreateIndex(
                name: "ix_officers_certificate_number",
                table: "officers",
                column: "certificate_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_officers_unit_id",
                table: "officers",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_power_versions_document_number",
                table: "power_versions",
                column: "document_number");

            migrationBuilder.CreateIndex(
                name: "ix_powers_unit_id_code",
                table: "powers",
                columns: new[] { "unit_id", "code" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "benchmark_ranges");

            migrationBuilder.DropTable(
                name: "case_evidence");

            migrationBuilder.DropTable(
                name: "case_file_entries");

            migrationBuilder.DropTable(
                name: "competence_disputes");

            migrationBuilder.DropTable(
                name: "enforcing_units");

            migrationBuilder.DropTable(
                name: "known_documents");

            migrationBuilder.DropTable(
                name: "officer_trainings");

            migrationBuilder.DropTable(
                name: "power_versions");

            migrationBuilder.DropTable(
                name: "reviewed_files");

            migrationBuilder.DropTable(
                name: "discretion_benchmarks");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "officers");

            migrationBuilder.DropTable(
                name: "powers");

            migrationBuilder.DropTable(
                name: "case_file_reviews");
        }
    }
}
