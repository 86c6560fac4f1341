using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.Reconsideration.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReconsiderationCases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    applicant_account = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    applicant_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    respondent_unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    act_reference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    act_description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    failure_to_act = table.Column<bool>(type: "boolean", nullable: false),
                    act_on = table.Column<DateOnly>(type: "date", nullable: false),
                    learned_on = table.Column<DateOnly>(type: "date", nullable: false),
                    told_of_right = table.Column<bool>(type: "boolean", nullable: false),
                    contested_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    request = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    enforcement_case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    late = table.Column<bool>(type: "boolean", nullable: false),
                    late_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    correction_requested_on = table.Column<DateOnly>(type: "date", nullable: true),
                    correction_items = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    corrected_on = table.Column<DateOnly>(type: "date", nullable: true),
                    accepted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    deemed_accepted = table.Column<bool>(type: "boolean", nullable: false),
                    refused_on = table.Column<DateOnly>(type: "date", nullable: true),
                    refusal_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    competent_organ = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    procedure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    simplified_ground = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    major = table.Column<bool>(type: "boolean", nullable: false),
                    officers = table.Column<List<string>>(type: "text[]", nullable: false),
                    copy_sent_on = table.Column<DateOnly>(type: "date", nullable: true),
                    answered_on = table.Column<DateOnly>(type: "date", nullable: true),
                    answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    hearing_notice_on = table.Column<DateOnly>(type: "date", nullable: true),
                    hearing_on = table.Column<DateOnly>(type: "date", nullable: true),
                    hearing_presider = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    hearing_officers = table.Column<List<string>>(type: "text[]", nullable: false),
                    hearing_clerk = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    hearing_held_on = table.Column<DateOnly>(type: "date", nullable: true),
                    suspended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    suspension_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    extension_days = table.Column<int>(type: "integer", nullable: true),
                    extension_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    document_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    clauses = table.Column<List<string>>(type: "text[]", nullable: false),
                    incidental_review_pending = table.Column<bool>(type: "boolean", nullable: false),
                    incidental_review_outcome = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    suspended_clauses = table.Column<List<string>>(type: "text[]", nullable: false),
                    mediation_terms = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    mediation_drafted_on = table.Column<DateOnly>(type: "date", nullable: true),
                    outcome = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reasoning = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    varied_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    settled = table.Column<bool>(type: "boolean", nullable: false),
                    decision_overdue = table.Column<bool>(type: "boolean", nullable: false),
                    decided_late = table.Column<bool>(type: "boolean", nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    documents = table.Column<string>(type: "jsonb", nullable: true),
                    review_steps = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cases_applicant_account",
                table: "cases",
                column: "applicant_account");

            migrationBuilder.CreateIndex(
                name: "ix_cases_number",
                table: "cases",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_respondent_unit_id_received_on",
                table: "cases",
                columns: new[] { "respondent_unit_id", "received_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cases");
        }
    }
}
