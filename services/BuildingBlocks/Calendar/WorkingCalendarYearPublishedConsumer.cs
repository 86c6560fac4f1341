using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using RuleOfLaw.BuildingBlocks.Inbox;
using RuleOfLaw.BuildingBlocks.Persistence;
using RuleOfLaw.Contracts.Calendar;

namespace RuleOfLaw.BuildingBlocks.Calendar;

/// <summary>Keeps this service's copy of the district calendar current; an older version arriving late changes nothing.</summary>
public sealed class WorkingCalendarYearPublishedConsumer(ServiceDbContext db, TimeProvider time, ILogger<WorkingCalendarYearPublishedConsumer> logger)
    : InboxConsumer<WorkingCalendarYearPublished>(db, time, logger)
{
    protected override async Task HandleAsync(ConsumeContext<WorkingCalendarYearPublished> context)
    {
        var published = context.Message;
        var entry = await Db.CalendarYears.SingleOrDefaultAsync(y => y.Year == published.Year, context.CancellationToken);
        if (entry is null)
        {
            entry = WorkingCalendarYear.Create(published.Year);
            Db.CalendarYears.Add(entry);
        }

        if (!entry.ApplyPublished(published))
        {
            logger.LogInformation("Calendar {Year} version {Version} is not newer than {Revision}; ignored", published.Year, published.Version, entry.Revision);
        }
    }
}
