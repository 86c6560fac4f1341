using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.NormativeDocuments.Domain;
using RuleOfLaw.Testing;
using Xunit.Abstractions;

namespace RuleOfLaw.SystemTests.Access;

/// <summary>Every write route of the decisions service refuses every role it does not allow and every other unit.</summary>
public sealed class DecisionsAccessMatrixTests(DecisionsHost decisions, ITestOutputHelper output) : IClassFixture<DecisionsHost>
{
    [Fact]
    public async Task Every_write_route_refuses_every_role_not_allowed_and_every_other_unit()
    {
        var unitA = Units.New();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        using var a = decisions.CreateClientFor(unitA);
        var catalogue = await ReadAsync(await a.PostAsJsonAsync("/api/decisions/catalogues", new { unitId = unitA, year = today.Year }));
        var catalogueId = catalogue.GetProperty("id").GetGuid();
        catalogue = await ReadAsync(await a.PostAsJsonAsync($"/api/decisions/catalogues/{catalogueId}/items", new { title = "方案", leadUnitId = unitA }));
        await ReadAsync(await a.PostAsJsonAsync($"/api/decisions/catalogues/{catalogueId}/publish", new { approvedBy = "区委", reference = "纪要", approvedOn = today.AddDays(-1) }));
        var decision = await ReadAsync(await a.PostAsJsonAsync("/api/decisions", new
        {
            catalogueId, catalogueItemId = catalogue.GetProperty("items")[0].GetProperty("id").GetGuid(), title = "方案", draft = "第一条",
            riskAssessmentRequired = false, expertReviewRequired = false, affectsMarket = false,
        }));

        using var anonymous = decisions.CreateAnonymousClient();
        await AccessMatrix.RunAsync(anonymous, decisions.CreateClient, unitA, Units.New(), template =>
            template.StartsWith("/api/decisions/catalogues/{id", StringComparison.Ordinal) ? catalogueId.ToString()
            : template.StartsWith("/api/decisions/{id", StringComparison.Ordinal) ? decision.GetProperty("id").GetString()
            : null, output, "decisions");
    }

    internal static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}

/// <summary>Every write route of the normative-documents service refuses every role it does not allow and every other unit.</summary>
public sealed class DocumentsAccessMatrixTests(DocumentsHost documents, ITestOutputHelper output) : IClassFixture<DocumentsHost>
{
    [Fact]
    public async Task Every_write_route_refuses_every_role_not_allowed_and_every_other_unit()
    {
        var unitA = Units.New();
        var draft = await documents.DraftAsync(unitA, affectsRights: false);
        var published = await documents.DraftAsync(unitA, title: "已公布的文件", affectsRights: false);
        await documents.PublishAsync(unitA, published.Id);
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

        using var anonymous = documents.CreateAnonymousClient();
        var objection = await DecisionsAccessMatrixTests.ReadAsync(await anonymous.PostAsJsonAsync($"/api/documents/{published.Id}/objections", new { content = "第二条缺乏依据。" }));
        var incidental = await documents.WithDbAsync(async db =>
        {
            var document = await db.Documents.FindAsync(published.Id);
            var review = IncidentalReview.Receive(Guid.NewGuid(), unitA, document!.Number!, document, ["第二条"], "附带审查申请", today, WorkingCalendar.WeekendsOnly, DateTimeOffset.UtcNow);
            db.IncidentalReviews.Add(review);
            await db.SaveChangesAsync();
            return review.Id;
        });

        await AccessMatrix.RunAsync(anonymous, documents.CreateClient, unitA, Units.New(), template =>
            template.StartsWith("/api/documents/objections/{objectionId", StringComparison.Ordinal) ? objection.GetProperty("id").GetString()
            : template.StartsWith("/api/documents/incidental-reviews/{id", StringComparison.Ordinal) ? incidental.ToString()
            : template.StartsWith("/api/documents/cleanup-campaigns/{id", StringComparison.Ordinal) ? Guid.NewGuid().ToString() // any unit: roles only
            : template.StartsWith("/api/documents/{id", StringComparison.Ordinal) ? draft.Id.ToString()
            : null, output, "normative documents");
    }
}
