using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Outbox;
using RuleOfLaw.BuildingBlocks.Persistence;
using RuleOfLaw.Appraisal;
using RuleOfLaw.Appraisal.Data;
using RuleOfLaw.Appraisal.Features;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.Decisions;
using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Enforcement;
using RuleOfLaw.Enforcement.Data;
using RuleOfLaw.NormativeDocuments;
using RuleOfLaw.NormativeDocuments.Data;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Reconsideration;
using RuleOfLaw.Reconsideration.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests;

/// <summary>The normative-documents service: its drafts are the events these tests send.</summary>
public sealed class DocumentsHost() : ServiceFactory<DocumentsDbContext>(NormativeDocumentsService.Names)
{
    public const string Competence = "行政执法监督";

    /// <summary>Registers <paramref name="unitId"/> as an issuing unit the first time, then drafts a document for it.</summary>
    public async Task<DocumentResponse> DraftAsync(string unitId, string title = "关于规范行政执法行为的通知", bool affectsRights = true)
    {
        using var client = CreateClientFor(unitId);
        using var supervisor = CreateClientFor("district-justice", global::RuleOfLaw.BuildingBlocks.Access.Roles.LegalOffice); // keeps the issuing units' competences
        var unit = await supervisor.PostAsJsonAsync("/api/documents/issuing-units", new RegisterIssuingUnitRequest(unitId, unitId[^8..], unitId, [Competence]));
        if (unit.StatusCode != System.Net.HttpStatusCode.Conflict)
        {
            unit.EnsureSuccessStatusCode();
        }

        var response = await client.PostAsJsonAsync("/api/documents", new DraftDocumentRequest(unitId, Competence, title, "正文", affectsRights, false, false));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<DocumentResponse>(Json.Options))!;
    }
}

public static class DocumentSteps
{
    /// <summary>
    /// Takes a draft not needing comment through review, meeting and publication (and filing, when asked), as its unit,
    /// on <paramref name="on"/> (the host's day when its clock is a test's; today otherwise).
    /// </summary>
    public static async Task PublishAsync(this DocumentsHost documents, string unitId, Guid id, bool file = false, DateOnly? on = null)
    {
        using var client = documents.CreateClientFor(unitId);
        var today = on ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var steps = new List<(string Step, object Body)>
        {
            ("legality-review/submission", new { }),
            ("legality-review", new { checklist = new { createsLicences = false, createsPenalties = false, createsCoerciveMeasures = false, createsFees = false, reducesRightsOrAddsObligationsWithoutBasis = false, restrictsCompetition = false }, conclusion = "Lawful", opinion = "同意" }),
            ("collective-discussion", new { meetingDate = today, meetingType = "Executive", outcome = "Adopted", minutes = "通过" }),
            ("publish", new { effectiveFrom = today, expiresOn = today.AddYears(2) }),
        };
        if (file)
        {
            steps.Add(("filing", new { }));
        }

        foreach (var (step, body) in steps)
        {
            var response = await client.PostAsJsonAsync($"/api/documents/{id}/{step}", body);
            Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }
}

/// <summary>The appraisal service: every event it receives becomes evidence, so it shows what was delivered.</summary>
public sealed class AppraisalHost() : ServiceFactory<AppraisalDbContext>(AppraisalService.Names)
{
    public async Task<Page<EvidenceResponse>> EvidenceAsync(string unitId)
    {
        using var client = CreateClient();
        return (await client.GetFromJsonAsync<Page<EvidenceResponse>>($"/api/appraisal/units/{unitId}/evidence?pageSize=100", Json.Options))!;
    }

    public Task<Page<EvidenceResponse>> EvidenceCountReachesAsync(string unitId, int count) =>
        Eventually.Until(() => EvidenceAsync(unitId), page => page.Total >= count, $"appraisal holds {count} events of {unitId}");
}

public sealed class DecisionsHost() : ServiceFactory<DecisionsDbContext>(DecisionsService.Names);

public sealed class EnforcementHost() : ServiceFactory<EnforcementDbContext>(EnforcementService.Names);

/// <summary>The reconsideration service: its cases ask the documents service for incidental reviews and tell enforcement their outcomes.</summary>
public sealed class ReconsiderationHost() : ServiceFactory<ReconsiderationDbContext>(ReconsiderationService.Names);

internal static class Json
{
    public static readonly System.Text.Json.JsonSerializerOptions Options = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}

internal static class Units
{
    /// <summary>A unit id no other test uses, so tests sharing the broker never count each other's events.</summary>
    public static string New() => "unit-" + Guid.NewGuid().ToString("N")[..12];
}

internal static class OutboxQueries
{
    /// <summary>The outbox rows whose event mentions <paramref name="text"/> (a unit or record id), oldest first.</summary>
    public static async Task<List<OutboxMessage>> OutboxRowsAboutAsync(this ServiceDbContext db, string text)
    {
        // The body is jsonb; the test databases are small, so the filter runs here rather than in SQL.
        var rows = await db.OutboxMessages.AsNoTracking().ToListAsync();
        return [.. rows.Where(m => m.Body.Contains(text, StringComparison.Ordinal)).OrderBy(m => m.Sequence)];
    }
}
