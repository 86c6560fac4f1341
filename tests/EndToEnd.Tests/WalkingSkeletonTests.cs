using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace RuleOfLaw.EndToEnd.Tests;

[Collection(SystemCollection.Name)]
public sealed class WalkingSkeletonTests(SystemFixture system)
{
    public static TheoryData<string> Services =>
        [ResourceNames.Decisions, ResourceNames.NormativeDocuments, ResourceNames.Enforcement, ResourceNames.Reconsideration, ResourceNames.Appraisal, ResourceNames.Identity];

    [Fact]
    public async Task Gateway_answers_healthy()
    {
        using var gateway = system.CreateGatewayClient();
        Assert.Equal("Healthy", await gateway.GetStringAsync("/health"));
    }

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Every_service_answers_healthy_through_the_gateway(string service)
    {
        using var gateway = system.CreateGatewayClient();
        var response = await gateway.GetAsync($"/health/{service}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_gateway_refuses_a_write_without_a_token()
    {
        using var gateway = system.CreateGatewayClient();
        var response = await gateway.PostAsJsonAsync("/api/documents", new { title = "无令牌" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Discovery_through_the_gateway_names_the_gateway_as_issuer_and_its_endpoints()
    {
        using var gateway = system.CreateGatewayClient();
        var discovery = await gateway.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");
        var issuer = new Uri(discovery.GetProperty("issuer").GetString()!);
        Assert.Equal(gateway.BaseAddress!.GetLeftPart(UriPartial.Authority), issuer.GetLeftPart(UriPartial.Authority));
        Assert.Equal(new Uri(issuer, "/connect/authorize"), new Uri(discovery.GetProperty("authorization_endpoint").GetString()!));

        var jwks = await gateway.GetFromJsonAsync<JsonElement>(new Uri(discovery.GetProperty("jwks_uri").GetString()!).PathAndQuery);
        Assert.Equal("RSA", jwks.GetProperty("keys")[0].GetProperty("kty").GetString());
        Assert.Equal(HttpStatusCode.OK, (await gateway.GetAsync("/account/login")).StatusCode);
    }

    [Fact]
    public async Task A_draft_created_through_the_gateway_reaches_appraisal_over_the_bus_and_shows_through_the_gateway()
    {
        // The legal office registers the issuing unit; a member of that unit's staff drafts (tokens from the identity service).
        using var legal = await system.CreateSignedInGatewayClientAsync("legal.justice");
        using var gateway = await system.CreateSignedInGatewayClientAsync("staff.justice");
        const string unit = "district-justice";

        var registered = await legal.PostAsJsonAsync("/api/documents/issuing-units", new
        {
            unitId = unit,
            code = "南司",
            name = "南城区司法局",
            competences = new[] { "行政执法监督" },
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        var created = await gateway.PostAsJsonAsync("/api/documents", new
        {
            unitId = unit,
            competence = "行政执法监督",
            title = "区人民政府关于推进依法行政的实施意见",
            body = "为全面推进依法行政，制定本意见。",
            affectsRights = true,
            marketRelated = false,
            provisional = false,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var document = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = document.GetProperty("id").GetGuid();

        // The same record is readable behind the gateway at the URL the service gave.
        var read = await gateway.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString());
        Assert.Equal("Drafted", read.GetProperty("status").GetString());

        var deadline = DateTime.UtcNow.AddMinutes(1);
        JsonElement evidence;
        do
        {
            using var answer = await gateway.GetAsync($"/api/appraisal/units/{unit}/evidence");
            var body = await answer.Content.ReadAsStringAsync();
            Assert.True(answer.IsSuccessStatusCode, $"evidence answered {(int)answer.StatusCode}: {body} (X-Correlation-Id {string.Join(",", answer.Headers.TryGetValues("X-Correlation-Id", out var ids) ? ids : [])})");
            evidence = JsonSerializer.Deserialize<JsonElement>(body);
            if (evidence.GetProperty("total").GetInt32() > 0 || DateTime.UtcNow > deadline)
            {
                break;
            }

            await Task.Delay(250);
        }
        while (true);

        var item = Assert.Single(evidence.GetProperty("items").EnumerateArray());
        Assert.Equal(id, item.GetProperty("recordId").GetGuid());
        Assert.Equal("RuleOfLaw.Contracts.NormativeDocuments.DocumentDrafted", item.GetProperty("eventType").GetString());
    }
}
