using Microsoft.Extensions.Time.Testing;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Enforcement.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Enforcement.Tests;

/// <summary>The Enforcement service on the shared test servers, one host per test class, on a clock the tests move (from Monday 2 March 2026, 10:00 in Beijing).</summary>
public sealed class EnforcementServiceFactory : ServiceFactory<EnforcementDbContext>
{
    public EnforcementServiceFactory()
        : base(EnforcementService.Names)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
    }

    public DateOnly Today => StatutoryTime.Today(Time!);

    public void Advance(int days) => Time!.Advance(TimeSpan.FromDays(days));
}
