using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using RuleOfLaw.Gateway;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Gateway;

/// <summary>
/// Which writes anyone may send is decided by each service (<c>.ForAnyone()</c>, published in its OpenAPI document as
/// <c>x-unit-scope: anyone</c>); the gateway's <c>Gateway:Access:AnonymousWrites</c> in <c>gateway/appsettings.json</c>
/// is derived from them (decision 0014). For every write of every service, the gateway as it runs, with its own
/// configuration, lets it through without a token exactly when the service does, and answers 401 otherwise; and it
/// lists no write that no service lets anyone send.
/// </summary>
public sealed partial class AnonymousWritesTests(DecisionsHost decisions, DocumentsHost documents, EnforcementHost enforcement, ReconsiderationHost reconsideration, AppraisalHost appraisal)
    : IClassFixture<DecisionsHost>, IClassFixture<DocumentsHost>, IClassFixture<EnforcementHost>, IClassFixture<ReconsiderationHost>, IClassFixture<AppraisalHost>
{
    [Fact]
    public async Task Every_write_anyone_may_send_passes_the_gateway_without_a_token_and_every_other_write_is_refused_there_with_401()
    {
        var writes = await PublishedWritesAsync();
        await using var gateway = new GatewayWithoutUpstream();
        using var client = gateway.CreateClient();
        var wrong = new List<string>();
        foreach (var write in writes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(write.Method), Parameter().Replace(write.Template, Guid.NewGuid().ToString()))
            {
                Content = new StringContent("{}", Encoding.UTF8, "application/json"),
            };
            var status = (await client.SendAsync(request)).StatusCode;

            // Refused at the gateway: 401. Let through: the proxy finds no service behind it (502).
            if (status is not (HttpStatusCode.Unauthorized or HttpStatusCode.BadGateway) || (status == HttpStatusCode.Unauthorized) == write.Anyone)
            {
                wrong.Add($"{write}: the service lets {(write.Anyone ? "anyone" : "only a signed-in caller")} send it; without a token the gateway answers {(int)status}");
            }
        }

        Assert.Contains(writes, w => w.Anyone);
        Assert.Contains(writes, w => !w.Anyone);
        Assert.True(wrong.Count == 0, "The gateway's Gateway:Access:AnonymousWrites disagree with the services:\n" + string.Join('\n', wrong)
            + "\nThe services' writes anyone may send, as the gateway lists them:\n"
            + string.Join('\n', writes.Where(w => w.Anyone).Select(w => $"\"{w.Method} {Parameter().Replace(w.Template, "{id}")}\",")));
    }

    [Fact]
    public async Task Every_anonymous_write_the_gateway_lists_is_one_a_service_lets_anyone_send()
    {
        var anyone = (await PublishedWritesAsync()).Where(w => w.Anyone).Select(w => Normalized(w.Method, w.Template)).ToHashSet(StringComparer.Ordinal);

        var stale = ReadGatewaySettings().Access.AnonymousWrites
            .Where(entry => entry.Split(' ', 2) is [var method, var path] && !anyone.Contains(Normalized(method, path))).ToList();

        Assert.True(stale.Count == 0, "The gateway lets anyone send writes no service accepts from anyone: " + string.Join(", ", stale));
    }

    private async Task<List<PublishedWrite>> PublishedWritesAsync()
    {
        HttpClient[] clients = [decisions.CreateAnonymousClient(), documents.CreateAnonymousClient(), enforcement.CreateAnonymousClient(), reconsideration.CreateAnonymousClient(), appraisal.CreateAnonymousClient()];
        var writes = new List<PublishedWrite>();
        foreach (var client in clients)
        {
            using (client)
            {
                var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
                writes.AddRange(
                    from path in document.GetProperty("paths").EnumerateObject()
                    from operation in path.Value.EnumerateObject()
                    where operation.Name is "post" or "put" or "patch" or "delete"
                    select new PublishedWrite(operation.Name.ToUpperInvariant(), path.Name, operation.Value.GetProperty("x-unit-scope").GetString() == "anyone"));
            }
        }

        return writes;
    }

    private static GatewaySettings ReadGatewaySettings() =>
        new ConfigurationBuilder().AddJsonFile(Path.Combine(Repository.Root, "gateway", "appsettings.json")).Build()
            .GetSection(GatewaySettings.Section).Get<GatewaySettings>()!;

    private static string Normalized(string method, string path) =>
        method.ToUpperInvariant() + " " + Parameter().Replace(path.TrimEnd('/'), "{}").ToLowerInvariant();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();

    private sealed record PublishedWrite(string Method, string Template, bool Anyone)
    {
        public override string ToString() => Method + " " + Template;
    }

    /// <summary>
    /// The gateway with its own appsettings.json, every cluster pointed where nothing listens, limits out of the way.
    /// Named by one of its types, not Program: every service has a public Program too.
    /// </summary>
    private sealed class GatewayWithoutUpstream : WebApplicationFactory<GatewaySettings>
    {
        private static readonly string[] Clusters = ["decisions", "normative-documents", "enforcement", "reconsideration", "appraisal", "identity"];

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            foreach (var cluster in Clusters)
            {
                builder.UseSetting($"ReverseProxy:Clusters:{cluster}:Destinations:primary:Address", "http://127.0.0.1:1");
            }

            foreach (var limit in new[] { "Anonymous", "AnonymousWrites" })
            {
                builder.UseSetting($"Gateway:RateLimits:{limit}:PermitLimit", "100000");
            }
        }
    }
}
