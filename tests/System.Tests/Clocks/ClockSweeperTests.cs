using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.Contracts.Clocks;
using Microsoft.Extensions.DependencyInjection;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Clocks;

/// <summary>Statutory clocks fire on their own, in a real service, when (fake) time passes their due day.</summary>
public sealed class ClockSweeperTests : IClassFixture<AppraisalHost>, IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 2, 0, 0, TimeSpan.Zero); // 10:00 in Beijing
    private readonly FakeTimeProvider _time = new(Start);
    private readonly AppraisalHost _appraisal;
    private readonly DocumentsHost _documents;

    public ClockSweeperTests(AppraisalHost appraisal)
    {
        _appraisal = appraisal;
        _documents = new DocumentsHost { Time = _time };
        _documents.Settings["Clocks:SweepInterval"] = "00:01:00";
    }

    public Task InitializeAsync() => _documents.InitializeAsync();

    public async Task DisposeAsync() => await _documents.DisposeAsync();

    [Fact]
    public async Task A_clock_past_its_due_day_elapses_by_itself_and_is_published_once()
    {
        var unit = Units.New();
        var clock = await StartFilingClockAsync(unit);

        _time.Advance(TimeSpan.FromDays(15)); // 17 March, the last day: still on time
        await _documents.WithDbAsync(db => db.Clocks.AsNoTracking().SingleAsync(c => c.Id == clock.Id))
            .ContinueWith(t => Assert.Equal(ClockStatus.Running, t.Result.Status), TaskScheduler.Default);

        _time.Advance(TimeSpan.FromDays(1)); // 18 March: a tick of the sweeper finds it due
        // Fake time moves a sweep interval per look, as real time would: a sweep that began before the
        // day changed may still be running and only then wait for its next tick, which must come.
        var elapsed = await Eventually.Until(
            () =>
            {
                _time.Advance(TimeSpan.FromMinutes(1));
                return _documents.WithDbAsync(db => db.Clocks.AsNoTracking().SingleAsync(c => c.Id == clock.Id));
            },
            c => c.Status == ClockStatus.Elapsed,
            "the clock elapsed");
        Assert.Equal(new DateOnly(2026, 3, 17), elapsed.DueDate);

        var evidence = await _appraisal.EvidenceCountReachesAsync(unit, 1);
        Assert.Equal(typeof(StatutoryDeadlineElapsed).FullName, Assert.Single(evidence.Items).EventType);
        var history = await _documents.WithDbAsync(db => db.History.AsNoTracking().Where(h => h.RecordId == clock.Id).OrderBy(h => h.Id).Select(h => h.To).ToListAsync());
        Assert.Equal(["Running", "Elapsed"], history);

        // Later sweeps find nothing more to fire.
        _time.Advance(TimeSpan.FromDays(1));
        var sweeper = _documents.Services.GetRequiredService<ClockSweeper<NormativeDocuments.Data.DocumentsDbContext>>();
        Assert.Equal(0, await sweeper.SweepAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_paused_clock_does_not_elapse()
    {
        var clock = await StartFilingClockAsync(Units.New());
        await _documents.WithDbAsync(async db =>
        {
            var tracked = await db.Clocks.SingleAsync(c => c.Id == clock.Id);
            tracked.Pause(StatutoryTime.Today(_time), _time.GetUtcNow(), "中止");
            return await db.SaveChangesAsync();
        });

        _time.Advance(TimeSpan.FromDays(40));
        var sweeper = _documents.Services.GetRequiredService<ClockSweeper<NormativeDocuments.Data.DocumentsDbContext>>();
        await sweeper.SweepAsync(CancellationToken.None);
        var stored = await _documents.WithDbAsync(db => db.Clocks.AsNoTracking().SingleAsync(c => c.Id == clock.Id));
        Assert.Equal(ClockStatus.Paused, stored.Status);
    }

    private Task<StatutoryClock> StartFilingClockAsync(string unit) =>
        _documents.WithDbAsync(async db =>
        {
            var clock = StatutoryClock.Start(
                "TestRecord", Guid.NewGuid(), unit, "test-deadline", "DOC-9", StatutoryTime.Today(_time), 15, PeriodUnit.CalendarDays, WorkingCalendar.WeekendsOnly, _time.GetUtcNow());
            db.Clocks.Add(clock);
            await db.SaveChangesAsync();
            return clock;
        });
}
