using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using RuleOfLaw.NormativeDocuments.Domain;

namespace RuleOfLaw.Benchmarks;

/// <summary>
/// Fills an empty, migrated normative-documents database with published documents by binary COPY:
/// issuing units, documents (with the service's search terms), versions, register entries and number
/// counters. Secondary indexes are dropped for the load and rebuilt from their own definitions, all
/// in one transaction, then the tables are vacuumed and analyzed as autovacuum eventually would.
/// </summary>
internal static class Seeder
{
    private static readonly string[] Tables = ["documents", "document_search", "document_versions", "register_entries"];

    public static async Task<int> RunAsync(string connectionString, int count, int seed, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)); // China Standard Time, as the service counts days
        // Rebuilding the full-text index of 100,000 documents takes longer than the default 30 s command timeout on a small machine.
        await using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 1800 }.ConnectionString);
        await using var connection = await dataSource.OpenConnectionAsync(ct);

        if (await ScalarAsync<bool>(connection, "SELECT to_regclass('documents') IS NULL", ct))
        {
            Console.Error.WriteLine("No documents table: start the service with Database__MigrateOnStartup=true first.");
            return 2;
        }

        if (await ScalarAsync<bool>(connection, "SELECT EXISTS (SELECT 1 FROM documents)", ct))
        {
            Console.Error.WriteLine("The documents table is not empty: the benchmark seeds an empty database.");
            return 2;
        }

        var total = Stopwatch.StartNew();
        var plans = DocumentGenerator.Plan(count, seed, today);
        Console.WriteLine($"Seeding {count:N0} documents (today {today:yyyy-MM-dd}): " +
            string.Join(", ", plans.GroupBy(p => p.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count():N0} {g.Key}")) +
            $"; {plans.Count(p => p.EffectiveFrom <= today && today <= p.ExpiresOn && (p.LeftForceOn is null || today < p.LeftForceOn)):N0} in force today");

        await using var transaction = await connection.BeginTransactionAsync(ct);
        await ExecuteAsync(connection, "SET LOCAL maintenance_work_mem = '256MB'", ct);
        var indexes = await SecondaryIndexesAsync(connection, ct);
        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"", ct);
        }

        var step = Stopwatch.StartNew();
        await CopyUnitsAsync(connection, ct);
        await CopyDocumentsAsync(connection, plans, ct);
        Console.WriteLine($"  documents copied in {step.Elapsed.TotalSeconds:F1} s");
        step.Restart();
        await CopyVersionsAsync(connection, plans, ct);
        await CopyRegisterAsync(connection, plans, ct);
        await CopyCountersAsync(connection, plans, ct);
        Console.WriteLine($"  versions, register entries and counters copied in {step.Elapsed.TotalSeconds:F1} s");
        step.Restart();
        foreach (var (_, definition) in indexes)
        {
            await ExecuteAsync(connection, definition, ct);
        }

        await transaction.CommitAsync(ct);
        Console.WriteLine($"  {indexes.Count} indexes rebuilt in {step.Elapsed.TotalSeconds:F1} s");
        step.Restart();
        foreach (var table in Tables)
        {
            await ExecuteAsync(connection, $"VACUUM (ANALYZE) {table}", ct);
        }

        Console.WriteLine($"  vacuumed and analyzed in {step.Elapsed.TotalSeconds:F1} s");
        var size = await ScalarAsync<string>(connection, "SELECT pg_size_pretty(pg_total_relation_size('documents'))", ct);
        Console.WriteLine($"Seeded {count:N0} documents in {total.Elapsed.TotalSeconds:F1} s (documents table with indexes: {size})");
        return 0;
    }

    private static async Task<List<(string Name, string Definition)>> SecondaryIndexesAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        const string sql = """
            SELECT i.relname, pg_get_indexdef(i.oid)
            FROM pg_index x
            JOIN pg_class i ON i.oid = x.indexrelid
            JOIN pg_class t ON t.oid = x.indrelid
            WHERE t.relname = ANY(@tables) AND t.relnamespace = current_schema()::regnamespace AND NOT x.indisprimary
            ORDER BY i.relname
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("tables", Tables);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var indexes = new List<(string, string)>();
        while (await reader.ReadAsync(ct))
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    private static async Task CopyUnitsAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY issuing_units (id, unit_id, code, name, competences, active) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var unit in Vocabulary.Units)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(Guid.CreateVersion7(new DateTimeOffset(2019, 1, 2, 2, 0, 0, TimeSpan.Zero)), NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(unit.UnitId, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(unit.Code, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(unit.Name, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(unit.Competences.Select(c => c.Name).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
            await writer.WriteAsync(true, NpgsqlDbType.Boolean, ct);
        }

        await writer.CompleteAsync(ct);
    }

    private static readonly string[] ChecklistPoints =
        ["CreatesLicences", "CreatesPenalties", "CreatesCoerciveMeasures", "CreatesFees", "ReducesRightsOrAddsObligationsWithoutBasis", "RestrictsCompetition"];

    private const string DocumentColumns =
        "id, unit_id, status, title, body, competence, affects_rights, market_related, provisional, drafted_at, " +
        "comment_opens_on, comment_closes_on, comment_feedback, fair_competition_review, " +
        "review_submitted_on, review_due_on, review_concluded_at, review_conclusion, review_opinion, review_reviewer, " +
        "review_points_checked, review_defects_found, " +
        "discussion_meeting_date, discussion_meeting_type, discussion_outcome, discussion_minutes, " +
        "number, number_year, number_sequence, published_on, effective_from, expires_on, left_force_on, filing, filed_on, " +
        "filing_review_opened_because, filing_review_opened_on, filing_review_concluded_on, filing_review_outcome, filing_review_opinion, " +
        "filing_review_checklist_imposes_unlawful_obligations, filing_review_checklist_local_or_sectoral_protectionism, filing_review_checklist_reduces_rights, " +
        "suspended_clauses, search_terms";

    private static async Task CopyDocumentsAsync(NpgsqlConnection connection, List<DocumentPlan> plans, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY documents ({DocumentColumns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var plan in plans)
        {
            var text = DocumentGenerator.Compose(plan);
            var w = new RowWriter(writer, ct);
            await writer.StartRowAsync(ct);
            await w.Value(plan.Id, NpgsqlDbType.Uuid);
            await w.Value(plan.Unit.UnitId, NpgsqlDbType.Varchar);
            await w.Value(plan.Status, NpgsqlDbType.Varchar);
            await w.Value(text.Title, NpgsqlDbType.Varchar);
            await w.Value(text.Body, NpgsqlDbType.Text);
            await w.Value(plan.Competence.Name, NpgsqlDbType.Varchar);
            await w.Value(plan.AffectsRights, NpgsqlDbType.Boolean);
            await w.Value(plan.MarketRelated, NpgsqlDbType.Boolean);
            await w.Value(plan.Provisional, NpgsqlDbType.Boolean);
            await w.Value(plan.DraftedAt, NpgsqlDbType.TimestampTz);

            await w.Date(plan.CommentOpensOn);
            await w.Date(plan.CommentClosesOn);
            await w.Text(plan.MarketRelated ? "共收到意见若干条，采纳情况已在政府网站公布。" : null);
            await w.Text(plan.MarketRelated ? "经公平竞争审查，未发现排除、限制竞争的内容。" : null);

            await w.Date(plan.ReviewSubmittedOn);
            await w.Date(plan.ReviewDueOn);
            await w.Value(plan.ReviewConcludedAt, NpgsqlDbType.TimestampTz);
            await w.Value(plan.ReviewConclusion, NpgsqlDbType.Varchar);
            await w.Text("经审核，未发现违法设定许可、处罚、强制、收费等内容，同意提交集体讨论。");
            await w.Value(plan.Reviewer, NpgsqlDbType.Varchar);
            await w.Texts(ChecklistPoints); // every DOC-1 point checked …
            await w.Texts([]); // … nothing unlawful found

            await w.Date(plan.MeetingDate);
            await w.Value(plan.MeetingType, NpgsqlDbType.Varchar);
            await w.Value("Adopted", NpgsqlDbType.Varchar);
            await w.Text("会议讨论通过，由起草单位按程序公布。");

            await w.Value(plan.Number, NpgsqlDbType.Varchar);
            await w.Value(plan.NumberYear, NpgsqlDbType.Integer);
            await w.Value(plan.NumberSequence, NpgsqlDbType.Integer);
            await w.Date(plan.PublishedOn);
            await w.Date(plan.EffectiveFrom);
            await w.Date(plan.ExpiresOn);
            await w.Date(plan.LeftForceOn);
            await w.Value(plan.Filing, NpgsqlDbType.Varchar);
            await w.Date(plan.FiledOn);

            var filed = plan.FiledOn is not null;
            var concluded = plan.FilingReviewOutcome is not null;
            await w.Text(filed ? "filed" : null, NpgsqlDbType.Varchar);
            await w.Date(plan.FiledOn);
            await w.Date(plan.FilingReviewConcludedOn);
            await w.Text(plan.FilingReviewOutcome, NpgsqlDbType.Varchar);
            await w.Text(plan.FilingReviewOutcome switch
            {
                "Passed" => "经备案审查，未发现违法内容，予以备案。",
                "CorrectionRequired" => "部分条款表述不规范，请制定机关自行纠正。",
                "RevocationRequested" => "有关条款违法减损公民权利，建议撤销。",
                _ => null,
            });
            for (var i = 0; i < 3; i++)
            {
                await w.Bool(concluded ? plan.FilingReviewOutcome == "RevocationRequested" && i == 2 : null);
            }

            await w.Value("[]", NpgsqlDbType.Jsonb);
            await w.Value(ChineseText.IndexTerms(text.Title + "\n" + text.Body), NpgsqlDbType.Text);
        }

        await writer.CompleteAsync(ct);
    }

    private static async Task CopyVersionsAsync(NpgsqlConnection connection, List<DocumentPlan> plans, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY document_versions (document_id, number, title, body, created_at, reason) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var plan in plans)
        {
            var text = DocumentGenerator.Compose(plan);
            await WriteVersionAsync(writer, plan.Id, 1, text.Title, text.FirstBody, plan.DraftedAt, "draft", ct);
            if (plan.RevisedAt is { } revisedAt)
            {
                await WriteVersionAsync(writer, plan.Id, 2, text.Title, text.Body, revisedAt, "根据有关部门意见修改", ct);
            }
        }

        await writer.CompleteAsync(ct);
    }

    private static async Task WriteVersionAsync(NpgsqlBinaryImporter writer, Guid id, int number, string title, string body, DateTimeOffset at, string reason, CancellationToken ct)
    {
        await writer.StartRowAsync(ct);
        await writer.WriteAsync(id, NpgsqlDbType.Uuid, ct);
        await writer.WriteAsync(number, NpgsqlDbType.Integer, ct);
        await writer.WriteAsync(title, NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(body, NpgsqlDbType.Text, ct);
        await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, ct);
        await writer.WriteAsync(reason, NpgsqlDbType.Text, ct);
    }

    /// <summary>The register (DOC-5, DOC-12): an entry on publication and another on leaving force.</summary>
    private static async Task CopyRegisterAsync(NpgsqlConnection connection, List<DocumentPlan> plans, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY register_entries (document_id, recorded_at, unit_id, number, title, status, effective_from, expires_on, left_force_on, version_number, suspended_clauses) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var plan in plans)
        {
            var title = DocumentGenerator.Compose(plan).Title;
            await WriteEntryAsync(writer, plan, title, DocumentGenerator.At(plan.PublishedOn), "Published", null, ct);
            if (plan.LeftForceOn is { } left)
            {
                var recordedOn = plan.Status == "Expired" ? left : left.AddDays(-1);
                await WriteEntryAsync(writer, plan, title, DocumentGenerator.At(recordedOn), plan.Status, left, ct);
            }
        }

        await writer.CompleteAsync(ct);
    }

    private static async Task WriteEntryAsync(NpgsqlBinaryImporter writer, DocumentPlan plan, string title, DateTimeOffset at, string status, DateOnly? leftForceOn, CancellationToken ct)
    {
        await writer.StartRowAsync(ct);
        await writer.WriteAsync(plan.Id, NpgsqlDbType.Uuid, ct);
        await writer.WriteAsync(at, NpgsqlDbType.TimestampTz, ct);
        await writer.WriteAsync(plan.Unit.UnitId, NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(plan.Number, NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(title, NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(status, NpgsqlDbType.Varchar, ct);
        await writer.WriteAsync(plan.EffectiveFrom, NpgsqlDbType.Date, ct);
        await writer.WriteAsync(plan.ExpiresOn, NpgsqlDbType.Date, ct);
        if (leftForceOn is { } left)
        {
            await writer.WriteAsync(left, NpgsqlDbType.Date, ct);
        }
        else
        {
            await writer.WriteNullAsync(ct);
        }

        await writer.WriteAsync(plan.VersionCount, NpgsqlDbType.Integer, ct);
        await writer.WriteAsync(Array.Empty<string>(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
    }

    private static async Task CopyCountersAsync(NpgsqlConnection connection, List<DocumentPlan> plans, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            "COPY document_number_counters (unit_id, year, last_number) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var counter in plans.GroupBy(p => (p.Unit.UnitId, p.NumberYear)))
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(counter.Key.UnitId, NpgsqlDbType.Varchar, ct);
            await writer.WriteAsync(counter.Key.NumberYear, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(counter.Max(p => p.NumberSequence), NpgsqlDbType.Integer, ct);
        }

        await writer.CompleteAsync(ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>Writes one column of a COPY row, null where the value is absent.</summary>
    private readonly struct RowWriter(NpgsqlBinaryImporter writer, CancellationToken ct)
    {
        public Task Value<T>(T value, NpgsqlDbType type) => writer.WriteAsync(value, type, ct);

        public Task Date(DateOnly? value) => value is { } day ? writer.WriteAsync(day, NpgsqlDbType.Date, ct) : writer.WriteNullAsync(ct);

        public Task Texts(string[]? values) => values is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(values, NpgsqlDbType.Array | NpgsqlDbType.Text, ct);

        public Task Bool(bool? value) => value is { } b ? writer.WriteAsync(b, NpgsqlDbType.Boolean, ct) : writer.WriteNullAsync(ct);

        public Task Text(string? value, NpgsqlDbType type = NpgsqlDbType.Text) => value is null ? writer.WriteNullAsync(ct) : writer.WriteAsync(value, type, ct);
    }
}
