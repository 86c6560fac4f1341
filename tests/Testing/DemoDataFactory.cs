using Microsoft.Extensions.Time.Testing;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Persistence;
using Xunit;

namespace RuleOfLaw.Testing;

/// <summary>A service with its demo data switched on, on a clock set to <paramref name="now"/>.</summary>
public sealed class DemoDataFactory<TContext> : ServiceFactory<TContext>
    where TContext : ServiceDbContext
{
    public DemoDataFactory(ServiceNames identity, DateTimeOffset now)
        : base(identity)
    {
        Time = new FakeTimeProvider(now);
        Settings["DemoData:Enabled"] = "true";
    }
}

/// <summary>Demo data is placed relative to the clock: every service's demo test seeds it on these days.</summary>
public static class DemoData
{
    /// <summary>Days years apart, a New Year's Day in Beijing among them (16:30 UTC is 00:30 the next day there).</summary>
    public static TheoryData<string> Clocks => ["2024-01-01T00:30:00Z", "2026-12-02T03:00:00Z", "2031-06-30T08:00:00Z", "2035-12-31T16:30:00Z"];

    /// <summary>Starts the service seeded on <paramref name="clock"/> (ISO 8601).</summary>
    public static async Task<DemoDataFactory<TContext>> StartAsync<TContext>(ServiceNames identity, string clock)
        where TContext : ServiceDbContext
    {
        var service = new DemoDataFactory<TContext>(identity, DateTimeOffset.Parse(clock, System.Globalization.CultureInfo.InvariantCulture));
        await service.InitializeAsync();
        return service;
    }
}
