using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Persistence;

namespace RuleOfLaw.BuildingBlocks.Calendar;

/// <summary>Loads the working calendar this service holds, for the domain methods that count working days.</summary>
public sealed class WorkingCalendarProvider(ServiceDbContext db)
{
    public async Task<WorkingCalendar> GetAsync(CancellationToken cancellationToken)
    {
        var years = await db.CalendarYears.AsNoTracking().ToListAsync(cancellationToken);
        return new WorkingCalendar(years.SelectMany(y => y.Holidays), years.SelectMany(y => y.AdjustedWorkingDays));
    }
}
