using System.Globalization;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Hosting;
using RuleOfLaw.BuildingBlocks.Messaging;
using RuleOfLaw.BuildingBlocks.Persistence;
using RuleOfLaw.BuildingBlocks.Validation;

namespace RuleOfLaw.BuildingBlocks.Feed;

/// <summary><c>?after=&lt;position&gt;&amp;limit=&lt;n&gt;</c>: the events after a position (0, or absent, for the oldest kept), at most <c>limit</c>.</summary>
public sealed record FeedQuery(long? After, int? Limit);

internal sealed class FeedQueryValidator : AbstractValidator<FeedQuery>
{
    public FeedQueryValidator(IOptions<FeedOptions> options)
    {
        RuleFor(x => x.After).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Limit).InclusiveBetween(1, options.Value.MaxLimit);
    }
}

/// <summary>
/// The replay feed: the events this service published, in the order it published them, as a JSON
/// batch of CloudEvents (<c>application/cloudevents-batch+json</c>) whose <c>id</c>, <c>type</c> and
/// <c>data</c> are those of the bus. A subscriber keeps the <c>position</c> of the last event it
/// handled and asks for what came after; an empty batch means it has caught up. See docs/events.md.
/// </summary>
public static class FeedEndpoints
{
    public const string BatchContentType = "application/cloudevents-batch+json";

    private const int DefaultLimit = 100;

    public static void MapEventFeed(this IEndpointRouteBuilder routes, ServiceNames names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var feed = routes.MapGroup($"{names.RoutePrefix}/events").WithTags("Event feed");

        feed.MapGet("/", ([AsParameters] FeedQuery query, ServiceDbContext db, IConfiguration configuration, CancellationToken ct) =>
                ReadAsync(db, CloudEvent.SourceOf(configuration, names), query, publicOnly: false, ct))
            .Validate<FeedQuery>()
            .ForRoles(Roles.DistrictSystem)
            .Produces(StatusCodes.Status200OK, contentType: BatchContentType)
            .WithName("ReadEventFeed")
            .WithSummary("Every event this service published after a position, in order, with the bus's ids and bodies; for district systems catching up (kept 400 days).");

        feed.MapGet("/public", ([AsParameters] FeedQuery query, ServiceDbContext db, IConfiguration configuration, CancellationToken ct) =>
                ReadAsync(db, CloudEvent.SourceOf(configuration, names), query, publicOnly: true, ct))
            .Validate<FeedQuery>()
            .ForAnyone()
            .Produces(StatusCodes.Status200OK, contentType: BatchContentType)
            .WithName("ReadPublicEventFeed")
            .WithSummary("The public events of published records (tag \"public\" in the AsyncAPI document) after a position, in order; for the government-information portal.");
    }

    private static async Task<IResult> ReadAsync(ServiceDbContext db, string source, FeedQuery query, bool publicOnly, CancellationToken cancellationToken)
    {
        var after = query.After ?? 0;
        var events = db.EventFeed.AsNoTracking().Where(e => e.Position > after);
        if (publicOnly)
        {
            events = events.Where(e => e.IsPublic);
        }

        var page = await events.OrderBy(e => e.Position).Take(query.Limit ?? DefaultLimit).ToListAsync(cancellationToken);
        return Results.Stream(async stream =>
        {
            await using var writer = new Utf8JsonWriter(stream);
            writer.WriteStartArray();
            foreach (var e in page)
            {
                Write(writer, e, source);
            }

            writer.WriteEndArray();
            await writer.FlushAsync(cancellationToken);
        }, BatchContentType);
    }

    /// <summary>One event in the CloudEvents JSON format, its <c>data</c> the bus body verbatim.</summary>
    private static void Write(Utf8JsonWriter writer, FeedEvent e, string source)
    {
        writer.WriteStartObject();
        writer.WriteString("specversion", CloudEvent.SpecVersion);
        writer.WriteString("id", e.EventId.ToString());
        writer.WriteString("type", e.Type);
        writer.WriteString("source", source);
        writer.WriteString("subject", e.RecordId.ToString());
        writer.WriteString("time", CloudEvent.FormatTime(e.OccurredAt));
        writer.WriteString("datacontenttype", CloudEvent.DataContentType);
        writer.WriteString("position", e.Position.ToString(CultureInfo.InvariantCulture));
        if (e.TraceParent is { Length: > 0 } traceParent)
        {
            writer.WriteString("traceparent", traceParent);
        }

        writer.WritePropertyName("data");
        writer.WriteRawValue(e.Data, skipInputValidation: true);
        writer.WriteEndObject();
    }
}
