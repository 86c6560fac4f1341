using System.Text.Json;
using FluentValidation;
using MassTransit;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using RuleOfLaw.BuildingBlocks.Access;
using RuleOfLaw.BuildingBlocks.Calendar;
using RuleOfLaw.BuildingBlocks.Clocks;
using RuleOfLaw.BuildingBlocks.Commands;
using RuleOfLaw.BuildingBlocks.Errors;
using RuleOfLaw.BuildingBlocks.Feed;
using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.BuildingBlocks.Idempotency;
using RuleOfLaw.BuildingBlocks.OpenApi;
using RuleOfLaw.BuildingBlocks.Outbox;
using RuleOfLaw.BuildingBlocks.Persistence;
using RuleOfLaw.BuildingBlocks.Validation;

namespace RuleOfLaw.BuildingBlocks.Hosting;

/// <summary>
/// Everything a RuleOfLaw service has besides its domain: its database with outbox, inbox, history
/// and clocks; MassTransit on RabbitMQ; problem details; validation; OpenAPI.
/// </summary>
public static class ServiceHostingExtensions
{
    /// <summary>Connection string name of the message broker, the same in every mode.</summary>
    public const string MessagingConnectionName = "messaging";

    public static IHostApplicationBuilder AddRuleOfLawService<TContext>(
        this IHostApplicationBuilder builder,
        ServiceNames names,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TContext : ServiceDbContext
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddSingleton(names);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.TryAddSingleton<IActorAccessor, HttpActorAccessor>();

        AddDatabase<TContext>(builder, names);
        AddMessaging<TContext>(builder, names, configureConsumers);

        services.Configure<ClockOptions>(configuration.GetSection("Clocks"));
        services.AddSingleton<ClockSweeper<TContext>>();
        services.AddHostedService(sp => sp.GetRequiredService<ClockSweeper<TContext>>());

        // Problem details in the request's language: Chinese unless Accept-Language asks for English (decision 0018).
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemLanguage.Localize);
        services.AddProblemLanguages();
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // Unreadable JSON or a bad route value throws, so the handler answers 400 with a body instead of an empty 400.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        // Field errors name fields as clients send them (camelCase JSON).
        // A rule stops at its first failure, so "must not be null" is never followed by a check that dereferences it.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        // Messages name the field the same way ('unitId', not 'Unit Id'); their language is the request's UI culture.
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        services.AddValidatorsFromAssembly(typeof(ServiceHostingExtensions).Assembly, includeInternalTypes: true);
        // The service's own validators live beside its DbContext (the entry assembly is the test runner under tests).
        services.AddValidatorsFromAssembly(typeof(TContext).Assembly, includeInternalTypes: true);

        // No "servers": the same paths answer on the service and behind the gateway, so clients use the address they called.
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Servers?.Clear();
                return Task.CompletedTask;
            });
            options.AddDocumentTransformer(AccessDocumentation.AddSecuritySchemeAsync);
            options.AddDocumentTransformer(ErrorResponses.AddProblemSchemaAsync);
            options.AddDocumentTransformer(ClientGeneration.ProblemSchemasAsync);
            options.AddOperationTransformer(RequestExamples.ApplyAsync);
            options.AddOperationTransformer(AccessDocumentation.ApplyAsync);
            options.AddOperationTransformer(IdempotencyDocumentation.ApplyAsync);
            options.AddOperationTransformer(ErrorResponses.ApplyAsync);
            options.AddOperationTransformer(ValidationSchemas.ApplyToParametersAsync);
            options.AddOperationTransformer(ClientGeneration.CamelCaseQueryAsync);
            options.AddOperationTransformer(ClientGeneration.ConditionalStepsAsync);
            options.AddSchemaTransformer(ClientGeneration.PlainNumbersAsync);
            options.AddSchemaTransformer(ValidationSchemas.ApplyAsync);
        });
        return builder;
    }

    private static void AddDatabase<TContext>(IHostApplicationBuilder builder, ServiceNames names)
        where TContext : ServiceDbContext
    {
        var services = builder.Services;
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<AggregateEventsInterceptor>();
        services.AddDbContext<TContext>((sp, options) =>
        {
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString(names.DatabaseConnectionName)
                ?? throw new InvalidOperationException($"Connection string '{names.DatabaseConnectionName}' is missing.");
            ServiceDatabase.Configure(options, connectionString);
            options.AddInterceptors(sp.GetRequiredService<AggregateEventsInterceptor>());
        });
        // Health check, traces and metrics from Aspire; retries are configured in ServiceDatabase.
        builder.EnrichNpgsqlDbContext<TContext>(settings => settings.DisableRetry = true);
        services.AddScoped<ServiceDbContext>(sp => sp.GetRequiredService<TContext>());
        services.AddScoped<WorkingCalendarProvider>();
        services.AddScoped<RecordCommands>();
    }

    private static void AddMessaging<TContext>(IHostApplicationBuilder builder, ServiceNames names, Action<IBusRegistrationConfigurator>? configureConsumers)
        where TContext : ServiceDbContext
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.Configure<Feed.FeedOptions>(configuration.GetSection("Feed"));
        services.AddSingleton<Messaging.SubscriberQueues>();
        services.AddSingleton<Messaging.EventPublisher>();
        services.AddHostedService<OutboxRelay<TContext>>();

        // The process listens only once the bus has started: a readiness probe never catches the bus still
        // starting, which would log its health check as an error (Unhealthy) on every fresh start.
        services.Configure<MassTransitHostOptions>(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromMinutes(2);
        });

        var calendarOwner = configuration.GetValue<bool>("WorkingCalendar:Owner");
        services.AddMassTransit(bus =>
        {
            // Queues are named after the service, so two services consuming one event each get their own copy.
            var prefix = configuration["Messaging:QueuePrefix"] ?? names.Name;
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(prefix + "-", includeNamespace: false));
            configureConsumers?.Invoke(bus);
            if (!calendarOwner)
            {
                bus.AddConsumer<WorkingCalendarYearPublishedConsumer>();
            }

            // Retry in process, then the error queue (_error): a failed message is never acknowledged as handled.
            // Each queue is bound to the events exchange by event type (EventTopology), as Subscriptions lists it.
            var consumers = configuration.GetSection("Messaging:Consumers").Get<Messaging.ConsumerOptions>() ?? new Messaging.ConsumerOptions();
            bus.AddConfigureEndpointsCallback((_, queue, endpoint) =>
            {
                // Several messages at once (each is a short database transaction), but one at a time per
                // record and in arrival order, so a record's events keep the order the relay sent them in.
                endpoint.PrefetchCount = consumers.PrefetchCount;
                endpoint.ConcurrentMessageLimit = consumers.ConcurrentMessageLimit;
                endpoint.UsePartitioner(consumers.ConcurrentMessageLimit, Messaging.ConsumerOptions.RecordOf);
                endpoint.UseMessageRetry(r => r.Exponential(5, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(400)));
                if (endpoint is IRabbitMqReceiveEndpointConfigurator rabbit)
                {
                    var types = Messaging.Subscriptions.MessageTypesOf(names.Name, prefix, queue);
                    if (types.Count == 0)
                    {
                        throw new InvalidOperationException($"The queue {queue} of {names.Name} is not in Subscriptions.All; add it there so it is bound and declared.");
                    }

                    Messaging.EventTopology.Bind(rabbit, types);
                }
            });

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var connectionString = configuration.GetConnectionString(MessagingConnectionName)
                    ?? throw new InvalidOperationException($"Connection string '{MessagingConnectionName}' is missing.");
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                // Events arrive as CloudEvents in binary mode: the body is the event's plain JSON (EventPublisher).
                rabbit.UseRawJsonDeserializer(RawSerializerOptions.AnyMessageType);
                rabbit.ConfigureEndpoints(context);
            });
        });
    }

    /// <summary>Maps the endpoints every service has: health, OpenAPI, the working calendar, the replay feed.</summary>
    public static WebApplication MapRuleOfLawService(this WebApplication app)
    {
        var names = app.Services.GetRequiredService<ServiceNames>();
        app.UseCorrelationId();
        // Past capacity: 503 with Retry-After at once, rather than a queue that times out.
        app.UseLoadShedding();
        app.UseProblemLanguages();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Text PostgreSQL cannot store and dates arithmetic cannot reach are bad input (400), wherever they are sent.
        app.UseClientInputGuard();
        app.UseAccessControl();
        app.MapDefaultEndpoints();
        app.MapOpenApi().AllowAnonymous();
        app.MapCalendarRead(names.RoutePrefix);
        if (names.PublishesEvents)
        {
            app.MapEventFeed(names);
        }
        if (app.Configuration.GetValue<bool>("WorkingCalendar:Owner"))
        {
            app.MapCalendarAdministration(names.RoutePrefix);
        }

        return app;
    }

    /// <summary>
    /// Applies migrations when <c>Database:MigrateOnStartup</c> is set (development and tests; production
    /// runs them as a deployment step), seeds demo data when <c>DemoData:Enabled</c> is set, then runs.
    /// </summary>
    public static async Task RunRuleOfLawServiceAsync<TContext>(this WebApplication app)
        where TContext : ServiceDbContext
    {
        await PrepareDatabaseAsync<TContext>(app.Services, app.Configuration, app.Lifetime.ApplicationStopping);
        await app.RunAsync();
    }

    private static async Task<bool> DatabaseExistsAsync(DbContext db, CancellationToken cancellationToken)
    {
        var target = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = target.Database });
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    internal static async Task PrepareDatabaseAsync<TContext>(IServiceProvider services, IConfiguration configuration, CancellationToken cancellationToken)
        where TContext : ServiceDbContext
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("RuleOfLaw.Startup");
        await using var scope = services.CreateAsyncScope();
        if (configuration.GetValue<bool>("Database:MigrateOnStartup"))
        {
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            // The database and its history table are created first: migrating a database that does not exist
            // yet logs a failed connection (and PostgreSQL a FATAL), and then a failed read of the missing history
            // table, as errors on every fresh start. Asking the server's catalogue and creating what is missing
            // logs nothing.
            if (!await DatabaseExistsAsync(db, cancellationToken))
            {
                await db.GetService<IRelationalDatabaseCreator>().CreateAsync(cancellationToken);
            }

            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);

            await db.Database.MigrateAsync(cancellationToken);
            logger.LogInformation("Database {Database} migrated", db.Database.GetDbConnection().Database);
        }

        if (configuration.GetValue<bool>("DemoData:Enabled"))
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>())
            {
                await seeder.SeedAsync(cancellationToken);
                logger.LogInformation("Demo data seeded by {Seeder}", seeder.GetType().Name);
            }
        }
    }
}
