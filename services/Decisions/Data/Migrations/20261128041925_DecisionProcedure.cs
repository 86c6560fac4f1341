using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.Decisions.Data.Migrations
{
    /// <inheritdoc />
    public partial class DecisionProcedure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "accountability_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    ground = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decision_description = table.Column<string>(type: "text", nullable: true),
                    findings = table.Column<string>(type: "text", nullable: false),
                    recorded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    responsible_persons = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accountability_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "catalogues",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    approval_approved_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    approval_reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    approval_approved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalogues", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decision_archives",
                columns: table => new
                {
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_archives", x => x.decision_id);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    catalogue_id = table.Column<Guid>(type: "uuid", nullable: false),
                    catalogue_item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lead_unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    draft = table.Column<string>(type: "text", nullable: false),
                    risk_assessment_required = table.Column<bool>(type: "boolean", nullable: false),
                    expert_review_required = table.Column<bool>(type: "boolean", nullable: false),
                    affects_market = table.Column<bool>(type: "boolean", nullable: false),
                    reform_pilot = table.Column<bool>(type: "boolean", nullable: false),
                    previous_decision_id = table.Column<Guid>(type: "uuid", nullable: true),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    consultation_opens_on = table.Column<DateOnly>(type: "date", nullable: true),
                    consultation_closes_on = table.Column<DateOnly>(type: "date", nullable: true),
                    consultation_shorter_period_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    consultation_dispositions_published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    risk_assessment_assessor_unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    risk_assessment_risk_points = table.Column<List<string>>(type: "text[]", nullable: true),
                    risk_assessment_prevention_measures = table.Column<List<string>>(type: "text[]", nullable: true),
                    risk_assessment_contingency_plan = table.Column<string>(type: "text", nullable: true),
                    risk_assessment_level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    risk_assessment_controllable = table.Column<bool>(type: "boolean", nullable: true),
                    risk_assessment_assessed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    fair_competition_review = table.Column<string>(type: "text", nullable: true),
                    review_submitted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    review_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    review_points_checked = table.Column<List<string>>(type: "text[]", nullable: true),
                    review_defects_found = table.Column<List<string>>(type: "text[]", nullable: true),
                    review_conclusion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    review_opinion = table.Column<string>(type: "text", nullable: true),
                    review_reviewer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    review_concluded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    agenda_meeting_date = table.Column<DateOnly>(type: "date", nullable: true),
                    reform_pilot_legal_risk = table.Column<string>(type: "text", nullable: true),
                    meeting_meeting_date = table.Column<DateOnly>(type: "date", nullable: true),
                    meeting_meeting_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    meeting_outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    meeting_minutes = table.Column<string>(type: "text", nullable: true),
                    meeting_head_reason = table.Column<string>(type: "text", nullable: true),
                    meeting_legal_office_head_attended = table.Column<bool>(type: "boolean", nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: true),
                    publication_explanation = table.Column<string>(type: "text", nullable: true),
                    suspended_by = table.Column<string>(type: "text", nullable: true),
                    suspension_reason = table.Column<string>(type: "text", nullable: true),
                    stop_reason = table.Column<string>(type: "text", nullable: true),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    hearing = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "catalogue_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false),
                    lead_unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    added_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    added_after_publication = table.Column<bool>(type: "boolean", nullable: false),
                    addition_reason = table.Column<string>(type: "text", nullable: true),
                    catalogue_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_catalogue_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_catalogue_items_catalogues_catalogue_id",
                        column: x => x.catalogue_id,
                        principalTable: "catalogues",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decision_comments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    author = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    content = table.Column<string>(type: "text", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    disposition = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    disposition_reason = table.Column<string>(type: "text", nullable: true),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_comments", x => x.id);
                    table.ForeignKey(
                        name: "fk_decision_comments_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "decision_meeting_positions",
                columns: table => new
                {
                    order = table.Column<int>(type: "integer", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_head = table.Column<bool>(type: "boolean", nullable: false),
                    stance = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    remarks = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_meeting_positions", x => new { x.decision_id, x.order });
                    table.ForeignKey(
                        name: "fk_decision_meeting_positions_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    trigger = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    evaluator_unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    evaluator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    findings = table.Column<string>(type: "text", nullable: false),
                    result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    major_adjustment = table.Column<bool>(type: "boolean", nullable: false),
                    major_loss = table.Column<bool>(type: "boolean", nullable: false),
                    new_procedure_id = table.Column<Guid>(type: "uuid", nullable: true),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evaluations", x => x.id);
                    table.ForeignKey(
                        name: "fk_evaluations_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "expert_opinions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    expert = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    field = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    interest_declaration = table.Column<string>(type: "text", nullable: false),
                    opinion = table.Column<string>(type: "text", nullable: false),
                    signed_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    signed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_expert_opinions", x => x.id);
                    table.ForeignKey(
                        name: "fk_expert_opinions_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_accountability_records_decision_id",
                table: "accountability_records",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_catalogue_items_catalogue_id",
                table: "catalogue_items",
                column: "catalogue_id");

            migrationBuilder.CreateIndex(
                name: "ix_catalogues_unit_id_year",
                table: "catalogues",
                columns: new[] { "unit_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_decision_comments_decision_id",
                table: "decision_comments",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_decisions_catalogue_item_id",
                table: "decisions",
                column: "catalogue_item_id");

            migrationBuilder.CreateIndex(
                name: "ix_decisions_previous_decision_id",
                table: "decisions",
                column: "previous_decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_decisions_unit_id_opened_at",
                table: "decisions",
                columns: new[] { "unit_id", "opened_at" });

            migrationBuilder.CreateIndex(
                name: "ix_evaluations_decision_id",
                table: "evaluations",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_expert_opinions_decision_id",
                table: "expert_opinions",
                column: "decision_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accountability_records");

            migrationBuilder.DropTable(
                name: "catalogue_items");

            migrationBuilder.DropTable(
                name: "decision_archives");

            migrationBuilder.DropTable(
                name: "decision_comments");

            migrationBuilder.DropTable(
                name: "decision_meeting_positions");

            migrationBuilder.DropTable(
                name: "evaluations");

            migrationBuilder.DropTable(
                name: "expert_opinions");

            migrationBuilder.DropTable(
                name: "catalogues");

            migrationBuilder.DropTable(
                name: "decisions");
        }
    }
}
