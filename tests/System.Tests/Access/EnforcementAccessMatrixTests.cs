using System.Net.Http.Json;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.Testing;
using Xunit.Abstractions;

namespace RuleOfLaw.SystemTests.Access;

/// <summary>Every write route of the enforcement service refuses every role it does not allow and every other unit.</summary>
public sealed class EnforcementAccessMatrixTests(EnforcementHost enforcement, ITestOutputHelper output) : IClassFixture<EnforcementHost>
{
    [Fact]
    public async Task Every_write_route_refuses_every_role_not_allowed_and_every_other_unit()
    {
        var unitA = Units.New();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        using var registry = enforcement.CreateClient();
        await DecisionsAccessMatrixTests.ReadAsync(await registry.PostAsJsonAsync("/api/enforcement/units", new { unitId = unitA, name = "测试执法局" }));
        var power = await DecisionsAccessMatrixTests.ReadAsync(await registry.PostAsJsonAsync("/api/enforcement/powers", new
        {
            unitId = unitA, code = "P1", kind = "Penalty",
            basis = new { name = "处罚", effectiveFrom = today.AddYears(-1), lawBasis = "《食品安全法》", reason = "公布" },
        }));
        var officers = new List<string>();
        foreach (var name in new[] { "张明", "李华" })
        {
            var officer = await DecisionsAccessMatrixTests.ReadAsync(await registry.PostAsJsonAsync("/api/enforcement/officers", new
            {
                unitId = unitA, name, certificateNumber = "C" + Guid.NewGuid().ToString("N")[..12], validFrom = today.AddYears(-1), validUntil = today.AddYears(2), qualifiedReviewer = false,
            }));
            officers.Add(officer.GetProperty("id").GetString()!);
        }

        using var a = enforcement.CreateClientFor(unitA, Roles.EnforcementOfficer, Roles.UnitHead, Roles.UnitStaff);
        var benchmark = await DecisionsAccessMatrixTests.ReadAsync(await a.PostAsJsonAsync("/api/enforcement/benchmarks", new
        {
            powerId = power.GetProperty("id").GetGuid(), title = "基准", ranges = new[] { new { circumstance = "Ordinary", minAmount = 0, maxAmount = 100, description = "一般" } },
        }));
        var opened = await DecisionsAccessMatrixTests.ReadAsync(await a.PostAsJsonAsync("/api/enforcement/cases", new
        {
            unitId = unitA, powerId = power.GetProperty("id").GetGuid(), partyName = "某店", partyKind = "Organisation", facts = "事实", actOn = today.AddDays(-1), openedOn = today,
            officerIds = officers, lifeHealthOrFinance = false, onTheSpot = false, majorPublicInterest = false, complex = false, lawRequiresReview = false,
        }));

        using var anonymous = enforcement.CreateAnonymousClient();
        await AccessMatrix.RunAsync(anonymous, enforcement.CreateClient, unitA, Units.New(), template =>
            template.StartsWith("/api/enforcement/cases/{id", StringComparison.Ordinal) ? opened.GetProperty("id").GetString()
            : template.StartsWith("/api/enforcement/officers/{id", StringComparison.Ordinal) ? officers[0]
            : template.StartsWith("/api/enforcement/benchmarks/{id", StringComparison.Ordinal) ? benchmark.GetProperty("id").GetString()
            : template.StartsWith("/api/enforcement/powers/{id", StringComparison.Ordinal) ? power.GetProperty("id").GetString()
            : template.Contains("{id", StringComparison.Ordinal) ? Guid.NewGuid().ToString() // any unit: roles only
            : null, output, "enforcement");
    }
}
