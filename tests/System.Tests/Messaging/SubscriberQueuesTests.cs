using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.BuildingBlocks.Messaging;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Messaging;

/// <summary>An event published while its subscriber has never run waits for it in the subscriber's queue.</summary>
public sealed class SubscriberQueuesTests
{
    [Fact]
    public async Task Everyone_an_event_published_before_its_subscriber_first_starts_reaches_it()
    {
        // This run's own names for every subscriber's queues, so no other test's hosts share them.
        var run = "late-" + Guid.NewGuid().ToString("N")[..8];
        var year = 2050 + Random.Shared.Next(0, 40);
        await using var owner = new DecisionsHost();
        owner.Settings["Messaging:DeclareSubscriberQueues"] = "true";
        foreach (var service in Subscriptions.All.Select(s => s.Service).Distinct())
        {
            owner.Settings[$"Messaging:SubscriberPrefixes:{service}"] = $"{run}-{service}";
        }

        await owner.InitializeAsync();
        using var admin = owner.CreateClient();
        var saved = await admin.PutAsJsonAsync($"/api/decisions/calendar/{year}", new { holidays = new[] { $"{year}-01-01" }, adjustedWorkingDays = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        await Eventually.Until(
            () => owner.WithDbAsync(db => db.OutboxMessages.AsNoTracking().AnyAsync(m => m.PublishedAt != null && m.MessageType.Contains("WorkingCalendarYearPublished"))),
            published => published,
            "the calendar is published and confirmed by the broker");

        // The subscriber starts only now, for the first time.
        await using var documents = new DocumentsHost { QueuePrefix = $"{run}-normative-documents" };
        await documents.InitializeAsync();
        using var client = documents.CreateClient();
        var copy = await Eventually.Until(
            () => client.GetFromJsonAsync<JsonElement>($"/api/documents/calendar/{year}"),
            y => y.GetProperty("defined").GetBoolean(),
            $"the documents service holds the {year} calendar");
        Assert.Equal([$"{year}-01-01"], copy.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()));
    }

    /// <summary>Every consumer a service registers is in <see cref="Subscriptions.All"/>, so its queue is declared ahead.</summary>
    [Fact]
    public void Everyone_every_consumer_is_a_declared_subscription()
    {
        var services = new (string Name, System.Reflection.Assembly Assembly)[]
        {
            (Decisions.DecisionsService.Names.Name, typeof(Decisions.Data.DecisionsDbContext).Assembly),
            (NormativeDocuments.NormativeDocumentsService.Names.Name, typeof(NormativeDocuments.Data.DocumentsDbContext).Assembly),
            (Enforcement.EnforcementService.Names.Name, typeof(Enforcement.Data.EnforcementDbContext).Assembly),
            (Appraisal.AppraisalService.Names.Name, typeof(Appraisal.Data.AppraisalDbContext).Assembly),
        };
        var registered = new List<Subscription>();
        foreach (var (name, assembly) in services)
        {
            var consumers = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IConsumer).IsAssignableFrom(t));
            registered.AddRange(consumers.SelectMany(c => MessageTypes(c).Select(m => new Subscription(name, EndpointName(c), m))));
            if (name != Subscriptions.CalendarOwner)
            {
                var calendar = typeof(global::RuleOfLaw.BuildingBlocks.Calendar.WorkingCalendarYearPublishedConsumer);
                registered.Add(new Subscription(name, EndpointName(calendar), MessageTypes(calendar).Single()));
            }
        }

        Assert.Equal(
            Subscriptions.All.Where(s => services.Any(x => x.Name == s.Service)).Select(s => s.ToString()).Order(),
            registered.Select(s => s.ToString()).Order());
    }

    private static string EndpointName(Type consumer) =>
        (string)typeof(KebabCaseEndpointNameFormatter).GetMethod(nameof(KebabCaseEndpointNameFormatter.Consumer))!
            .MakeGenericMethod(consumer).Invoke(KebabCaseEndpointNameFormatter.Instance, null)!;

    private static IEnumerable<Type> MessageTypes(Type consumer) =>
        consumer.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IConsumer<>)).Select(i => i.GetGenericArguments()[0]);
}
