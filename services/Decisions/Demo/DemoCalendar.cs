using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Hosting;

namespace RuleOfLaw.Decisions.Demo;

/// <summary>
/// The 2026 holidays and adjusted working days as the State Council's notice for 2026 announced them,
/// so a demo system counts working days like the district does. An administrator keeps the real calendar.
/// </summary>
internal sealed class DemoCalendar(DecisionsDbContext db, TimeProvider time) : IDemoDataSeeder
{
    private const int Year = 2026;

    private static readonly DateOnly[] Holidays =
    [
        .. Days(1, 1, 3), // 元旦
        .. Days(2, 15, 23), // 春节
        .. Days(4, 4, 6), // 清明节
        .. Days(5, 1, 5), // 劳动节
        .. Days(6, 19, 21), // 端午节
        .. Days(9, 25, 27), // 中秋节
        .. Days(10, 1, 7), // 国庆节
    ];

    private static readonly DateOnly[] AdjustedWorkingDays =
        [new(Year, 1, 4), new(Year, 2, 14), new(Year, 2, 28), new(Year, 5, 9), new(Year, 9, 20), new(Year, 10, 10)];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.CalendarYears.AnyAsync(y => y.Year == Year, cancellationToken))
        {
            return;
        }

        var year = WorkingCalendarYear.Create(Year);
        year.Set(Holidays, AdjustedWorkingDays, time.GetUtcNow());
        db.CalendarYears.Add(year);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static IEnumerable<DateOnly> Days(int month, int first, int last) =>
        Enumerable.Range(first, last - first + 1).Select(day => new DateOnly(Year, month, day));
}
