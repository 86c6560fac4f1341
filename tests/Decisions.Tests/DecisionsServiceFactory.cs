using Microsoft.Extensions.Time.Testing;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Decisions.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Decisions.Tests;

/// <summary>The decisions service on the shared test servers, on a clock the tests move (from Monday 2 March 2026, 10:00 in Beijing).</summary>
public sealed class DecisionsServiceFactory : ServiceFactory<DecisionsDbContext>
{
    public DecisionsServiceFactory()
        : base(DecisionsService.Names)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 2, 0, 0, TimeSpan.Zero));
    }

    public DateOnly Today => StatutoryTime.Today(Time!);

    public void Advance(int days) => Time!.Advance(TimeSpan.FromDays(days));
}
