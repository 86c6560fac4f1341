using Microsoft.Extensions.Time.Testing;
using RuleOfLaw.Appraisal.Data;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Appraisal.Tests;

/// <summary>
/// The Appraisal service on a clock set after the end of <see cref="Year"/>, so its cycle can be frozen and published.
/// A year long past: no other test's events fall in it.
/// </summary>
public sealed class AfterTheYearFactory : ServiceFactory<AppraisalDbContext>
{
    public const int Year = 2019;

    /// <summary>Monday 20 January of the next year, 10:00 in Beijing.</summary>
    public static readonly DateOnly Today = new(Year + 1, 1, 20);

    public AfterTheYearFactory()
        : base(AppraisalService.Names)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(Today, new TimeOnly(2, 0), TimeSpan.Zero));
        // A test that moves time sweeps the clocks itself: the background sweeper would race it for the same clock.
        Settings["Clocks:SweeperEnabled"] = "false";
    }
}
