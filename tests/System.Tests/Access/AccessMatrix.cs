using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Testing;
using Xunit.Abstractions;

namespace RuleOfLaw.SystemTests.Access;

/// <summary>
/// Reads a service's OpenAPI document and, for every write operation, calls it with every role it
/// does not allow (403; no token: 401) and, where it acts on a record of the caller's own unit, with
/// every allowed role of another unit (404). Each refusal is counted and the counts printed.
/// </summary>
internal static partial class AccessMatrix
{
    public static readonly string[] AllRoles =
    [
        Roles.Citizen, Roles.UnitStaff, Roles.UnitHead, Roles.LegalOffice, Roles.EnforcementOfficer,
        Roles.ReconsiderationOfficer, Roles.AppraisalAdmin, Roles.Admin, Roles.DistrictSystem,
    ];

    /// <param name="recordFor">A record of unit A for a route template, by its path (null when the route names none).</param>
    public static async Task RunAsync(HttpClient anonymous, Func<HttpClient> newClient, string unitA, string unitB, Func<string, string?> recordFor, ITestOutputHelper output, string service)
    {
        var document = JsonDocument.Parse(await anonymous.GetStringAsync("/openapi/v1.json")).RootElement;
        var expected = 0;
        var refused = 0;
        var failures = new List<string>();
        var unitChecked = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => o.Name is "post" or "put" or "delete" or "patch"))
            {
                var scope = operation.Value.GetProperty("x-unit-scope").GetString();
                if (scope == "anyone")
                {
                    continue;
                }

                var allowed = operation.Value.GetProperty("x-roles").EnumerateArray().Select(r => r.GetString()!).ToHashSet();
                var url = Concrete(path.Name, recordFor, unitA);
                var method = new HttpMethod(operation.Name.ToUpperInvariant());

                async Task Expect(string? unit, string? role, HttpStatusCode status)
                {
                    expected++;
                    using var client = newClient();
                    client.DefaultRequestHeaders.Authorization = role is null ? null : new AuthenticationHeaderValue("Bearer", TestTokens.For(unit, role));
                    using var request = new HttpRequestMessage(method, url) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
                    var response = await client.SendAsync(request);
                    if (response.StatusCode == status)
                    {
                        refused++;
                    }
                    else
                    {
                        failures.Add($"{method} {url} as {role ?? "anonymous"} of {unit ?? "no unit"}: {(int)response.StatusCode}, expected {(int)status}");
                    }
                }

                await Expect(null, null, HttpStatusCode.Unauthorized);
                foreach (var role in AllRoles.Where(r => !allowed.Contains(r)))
                {
                    await Expect(unitA, role, HttpStatusCode.Forbidden);
                }

                if (scope == "supervising-body")
                {
                    // Only the supervising body's legal office: any other unit's legal office is refused.
                    unitChecked++;
                    await Expect(unitB, Roles.LegalOffice, HttpStatusCode.Forbidden);
                }

                if (scope is "own-unit" or "served-units")
                {
                    unitChecked++;
                    foreach (var role in allowed)
                    {
                        await Expect(unitB, role, HttpStatusCode.NotFound);
                    }
                }
            }
        }

        var line = $"Access matrix of {service}: {refused} of {expected} refused as expected ({unitChecked} routes on own-unit records also tried by another unit's staff)";
        output.WriteLine(line);
        TestReport.Write(line);
        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(expected > 0, "no write operation found in the OpenAPI document");
    }

    private static string Concrete(string template, Func<string, string?> recordFor, string unitA) =>
        Parameter().Replace(template, match => match.Groups[1].Value switch
        {
            "year" => "2026",
            "unitId" => unitA,
            "id" or "objectionId" => recordFor(template) ?? throw new InvalidOperationException($"No record of unit A for {template}."),
            _ => Guid.NewGuid().ToString(),
        });

    [GeneratedRegex(@"\{([A-Za-z]+)(:[a-z]+)?\}")]
    private static partial Regex Parameter();
}
