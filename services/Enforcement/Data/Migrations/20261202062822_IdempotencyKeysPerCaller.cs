using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace RuleOfLaw.Enforcement.Data.Migrations
{
    /// <inheritdoc />
    public partial class IdempotencyKeysPerCaller : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_idempotency_records",
                table: "idempotency_records");

            migrationBuilder.AddColumn<string>(
                name: "caller",
                table: "idempotency_records",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "request_hash",
                table: "idempotency_records",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddPrimaryKey(
                name: "pk_idempotency_records",
                table: "idempotency_records",
                columns: new[] { "caller", "scope", "key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_idempotency_records",
                table: "idempotency_records");

            migrationBuilder.DropColumn(
                name: "caller",
                table: "idempotency_records");

            migrationBuilder.DropColumn(
                name: "request_hash",
                table: "idempotency_records");

            migrationBuilder.AddPrimaryKey(
                name: "pk_idempotency_records",
                table: "idempotency_records",
                columns: new[] { "scope", "key" });
        }
    }
}
