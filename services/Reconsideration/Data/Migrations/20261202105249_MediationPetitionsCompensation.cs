using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.Reconsideration.Data.Migrations
{
    /// <inheritdoc />
    public partial class MediationPetitionsCompensation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "compensation_claims",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    concerned_unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    claimant = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    act = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    amount_claimed = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    decision_due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    amount_decided = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    reasoning = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    decision_overdue = table.Column<bool>(type: "boolean", nullable: false),
                    decided_late = table.Column<bool>(type: "boolean", nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    steps = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_compensation_claims", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mediation_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    concerned_unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    parties = table.Column<List<string>>(type: "text[]", nullable: false),
                    subject = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    registered_on = table.Column<DateOnly>(type: "date", nullable: false),
                    concluded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    result = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_mediation_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "petitions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    petitioner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    matter = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    concerned_unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    routed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    redirected_to = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    route_named = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    extension_days = table.Column<int>(type: "integer", nullable: true),
                    extension_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    finished_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reply = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    routing_overdue = table.Column<bool>(type: "boolean", nullable: false),
                    handling_overdue = table.Column<bool>(type: "boolean", nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_petitions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_compensation_claims_concerned_unit_id",
                table: "compensation_claims",
                column: "concerned_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_mediation_cases_concerned_unit_id",
                table: "mediation_cases",
                column: "concerned_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_petitions_concerned_unit_id",
                table: "petitions",
                column: "concerned_unit_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "compensation_claims");

            migrationBuilder.DropTable(
                name: "mediation_cases");

            migrationBuilder.DropTable(
                name: "petitions");
        }
    }
}
