using Microsoft.Extensions.Time.Testing;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Reconsideration.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Reconsideration.Tests;

/// <summary>The Reconsideration service on the shared test servers, one host per test class, on a clock the tests move (from Monday 2 March 2026, 10:00 in Beijing).</summary>
public sealed class ReconsiderationServiceFactory : ServiceFactory<ReconsiderationDbContext>
{
    public ReconsiderationServiceFactory()
        : base(ReconsiderationService.Names)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
    }

    public DateOnly Today => StatutoryTime.Today(Time!);

    public void Advance(int days) => Time!.Advance(TimeSpan.FromDays(days));
}
