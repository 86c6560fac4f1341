using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Errors;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Persistence;
using RuleOfLaw.BuildingBlocks.Validation;

namespace RuleOfLaw.BuildingBlocks.Calendar;

/// <summary>One year of the working-day calendar as the API shows it.</summary>
/// <param name="Defined">False when no administrator has entered the year: weekends only count as days off.</param>
public sealed record CalendarYearResponse(int Year, bool Defined, long Revision, IReadOnlyList<DateOnly> Holidays, IReadOnlyList<DateOnly> AdjustedWorkingDays);

/// <summary>The whole year as the State Council's notice sets it.</summary>
public sealed record SetCalendarYearRequest(IReadOnlyList<DateOnly>? Holidays, IReadOnlyList<DateOnly>? AdjustedWorkingDays);

internal sealed class SetCalendarYearValidator : AbstractValidator<SetCalendarYearRequest>
{
    public SetCalendarYearValidator()
    {
        RuleFor(x => x.Holidays).NotNull().MaximumCount(60).WithMessage(_ => ProblemLanguage.Text("每年最多 60 个节假日。", "At most 60 holidays a year."));
        RuleFor(x => x.AdjustedWorkingDays).NotNull().MaximumCount(20).WithMessage(_ => ProblemLanguage.Text("每年最多 20 个调休工作日。", "At most 20 adjusted working days a year."));
    }
}

public static class CalendarEndpoints
{
    private const int FirstYear = 2000;
    private const int LastYear = 2100;

    /// <summary>Every service shows the calendar it counts working days with.</summary>
    public static void MapCalendarRead(this IEndpointRouteBuilder routes, string prefix) =>
        routes.MapGet($"{prefix}/calendar/{{year:int}}", async Task<Results<Ok<CalendarYearResponse>, NotFound>> (int year, ServiceDbContext db, CancellationToken ct) =>
        {
            if (year is < FirstYear or > LastYear)
            {
                return TypedResults.NotFound();
            }

            var entry = await db.CalendarYears.AsNoTracking().SingleOrDefaultAsync(y => y.Year == year, ct);
            return TypedResults.Ok(entry is null
                ? new CalendarYearResponse(year, false, 0, [], [])
                : new CalendarYearResponse(year, true, entry.Revision, entry.Holidays, entry.AdjustedWorkingDays));
        })
        .WithTags("Working calendar")
        .ForAnyone()
        .WithName("GetCalendarYear")
        .WithSummary("The working-day calendar of a year: official holidays and adjusted working days (调休).");

    /// <summary>The owner of the calendar lets an administrator set a year; the other services receive it as an event.</summary>
    public static void MapCalendarAdministration(this IEndpointRouteBuilder routes, string prefix) =>
        routes.MapPut($"{prefix}/calendar/{{year:int}}", async Task<Results<Ok<CalendarYearResponse>, NotFound>> (int year, SetCalendarYearRequest request, ServiceDbContext db, TimeProvider time, CancellationToken ct) =>
        {
            if (year is < FirstYear or > LastYear)
            {
                return TypedResults.NotFound();
            }

            var entry = await db.CalendarYears.SingleOrDefaultAsync(y => y.Year == year, ct);
            if (entry is null)
            {
                entry = WorkingCalendarYear.Create(year);
                db.CalendarYears.Add(entry);
            }

            entry.Set(request.Holidays!, request.AdjustedWorkingDays!, time.GetUtcNow());
            await db.SaveChangesAsync(ct);
            return TypedResults.Ok(new CalendarYearResponse(year, true, entry.Revision, entry.Holidays, entry.AdjustedWorkingDays));
        })
        .Validate<SetCalendarYearRequest>()
        .WithRequestExample(new SetCalendarYearRequest([new DateOnly(2027, 1, 1)], []))
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ForRoles(Roles.Admin)
        .WithTags("Working calendar")
        .WithName("SetCalendarYear")
        .WithSummary("Sets a year's holidays and adjusted working days; every service receives the change.");
}
