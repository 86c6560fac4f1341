using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace RuleOfLaw.NormativeDocuments.Data.Migrations
{
    /// <inheritdoc />
    public partial class NarrowSearchTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_documents_search_vector",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "documents");

            migrationBuilder.CreateTable(
                name: "document_search",
                columns: table => new
                {
                    document_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    unit_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    number_sequence = table.Column<int>(type: "integer", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: false),
                    left_force_on = table.Column<DateOnly>(type: "date", nullable: true),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_document_search", x => x.document_id);
                    table.ForeignKey(
                        name: "fk_document_search_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_document_search_number",
                table: "document_search",
                column: "number");

            migrationBuilder.CreateIndex(
                name: "ix_document_search_published_on_number_sequence",
                table: "document_search",
                columns: new[] { "published_on", "number_sequence" },
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_document_search_search_vector",
                table: "document_search",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            // Decision 0020: PostgreSQL keeps a published document's search row from the document itself,
            // whichever step changed it (publication, revision, leaving force); drafts have none.
            migrationBuilder.Sql("""
                CREATE FUNCTION document_search_keep() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO document_search (document_id, number, unit_id, status, published_on, number_sequence,
                                                 effective_from, expires_on, left_force_on, search_vector)
                    VALUES (NEW.id, NEW.number, NEW.unit_id, NEW.status, NEW.published_on, NEW.number_sequence,
                            NEW.effective_from, NEW.expires_on, NEW.left_force_on, to_tsvector('simple', NEW.search_terms))
                    ON CONFLICT (document_id) DO UPDATE SET
                        number = EXCLUDED.number, unit_id = EXCLUDED.unit_id, status = EXCLUDED.status,
                        published_on = EXCLUDED.published_on, number_sequence = EXCLUDED.number_sequence,
                        effective_from = EXCLUDED.effective_from, expires_on = EXCLUDED.expires_on,
                        left_force_on = EXCLUDED.left_force_on, search_vector = EXCLUDED.search_vector;
                    RETURN NULL;
                END
                $$;

                CREATE TRIGGER document_search_on_insert AFTER INSERT ON documents
                    FOR EACH ROW WHEN (NEW.number IS NOT NULL) EXECUTE FUNCTION document_search_keep();
                CREATE TRIGGER document_search_on_update AFTER UPDATE ON documents
                    FOR EACH ROW WHEN (NEW.number IS NOT NULL AND (
                        OLD.number IS DISTINCT FROM NEW.number OR OLD.unit_id IS DISTINCT FROM NEW.unit_id
                        OR OLD.status IS DISTINCT FROM NEW.status OR OLD.published_on IS DISTINCT FROM NEW.published_on
                        OR OLD.number_sequence IS DISTINCT FROM NEW.number_sequence
                        OR OLD.effective_from IS DISTINCT FROM NEW.effective_from OR OLD.expires_on IS DISTINCT FROM NEW.expires_on
                        OR OLD.left_force_on IS DISTINCT FROM NEW.left_force_on OR OLD.search_terms IS DISTINCT FROM NEW.search_terms))
                    EXECUTE FUNCTION document_search_keep();

                INSERT INTO document_search (document_id, number, unit_id, status, published_on, number_sequence,
                                             effective_from, expires_on, left_force_on, search_vector)
                SELECT id, number, unit_id, status, published_on, number_sequence, effective_from, expires_on, left_force_on,
                       to_tsvector('simple', search_terms)
                FROM documents WHERE number IS NOT NULL;

                -- A query's terms are two-character words: keep the frequencies of the 10,000 commonest (not
                -- 1,000), so the planner's estimate for a common word is its real share, not a guess.
                ALTER TABLE document_search ALTER COLUMN search_vector SET STATISTICS 1000;
                ANALYZE document_search;
                """);

            // Decision 0020: the database runs on SSDs (or from memory); a random read costs about what a
            // sequential one does. Set where the service's database is migrated, so it holds wherever it
            // runs; a database role that may not alter its database gets a notice, and the operator sets it.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    EXECUTE format('ALTER DATABASE %I SET random_page_cost = 1.1', current_database());
                EXCEPTION WHEN insufficient_privilege THEN
                    RAISE NOTICE 'random_page_cost not set: the role may not alter the database (docs/decisions/0020)';
                END
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER document_search_on_insert ON documents;
                DROP TRIGGER document_search_on_update ON documents;
                DROP FUNCTION document_search_keep();
                """);

            migrationBuilder.DropTable(
                name: "document_search");

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "documents",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "to_tsvector('simple', search_terms)",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_documents_search_vector",
                table: "documents",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
