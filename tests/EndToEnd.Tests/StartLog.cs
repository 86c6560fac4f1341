using System.Collections.Concurrent;
using System.Text;
using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RuleOfLaw.EndToEnd.Tests;

/// <summary>
/// Follows every resource's state and console output while the system starts, so that a start which
/// does not finish can say which resource it was waiting for and what each one last wrote.
/// </summary>
internal sealed class StartLog : ILoggerProvider
{
    private const int LinesKept = 25;

    /// <summary>The testing builder logs each resource's console under this category prefix.</summary>
    private const string ResourceCategory = ".Resources.";

    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _lines = new();
    private readonly ConcurrentDictionary<string, string> _states = new();
    private readonly ConcurrentQueue<string> _errors = new();

    /// <summary>The resources that wrote anything: the proof that their lines reached this log.</summary>
    public IReadOnlyCollection<string> ResourcesHeardFrom => [.. _lines.Keys];

    /// <summary>Every error-level line a resource wrote: .NET's <c>fail:</c>/<c>crit:</c>, PostgreSQL's ERROR/FATAL/PANIC, RabbitMQ's [error].</summary>
    public IReadOnlyList<string> Errors => [.. _errors];

    /// <summary>Records each resource's console output, which the testing builder passes to the app host's loggers.</summary>
    public static StartLog AddTo(IDistributedApplicationTestingBuilder builder)
    {
        var log = new StartLog();
        builder.Services.AddLogging(logging => logging.AddProvider(log));
        return log;
    }

    public void FollowStates(DistributedApplication app) => _ = FollowStatesAsync(app.ResourceNotifications);

    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var (name, state) in _states.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"--- {name}: {state}");
            if (_lines.TryGetValue(name, out var lines))
            {
                foreach (var line in lines)
                {
                    text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"    {line}");
                }
            }
        }

        return text.ToString();
    }

    public ILogger CreateLogger(string categoryName)
    {
        var at = categoryName.IndexOf(ResourceCategory, StringComparison.Ordinal);
        return at < 0 ? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance : new ResourceLines(this, categoryName[(at + ResourceCategory.Length)..]);
    }

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    private void Add(string resource, string line)
    {
        if (IsError(line))
        {
            _errors.Enqueue($"{resource}: {line}");
        }

        var lines = _lines.GetOrAdd(resource, _ => new ConcurrentQueue<string>());
        lines.Enqueue(line);
        while (lines.Count > LinesKept && lines.TryDequeue(out _))
        {
        }
    }

    private static bool IsError(string line)
    {
        var text = line.TrimStart();
        return text.StartsWith("fail:", StringComparison.Ordinal)
            || text.StartsWith("crit:", StringComparison.Ordinal)
            || text.Contains("ERROR:", StringComparison.Ordinal)
            || text.Contains("FATAL:", StringComparison.Ordinal)
            || text.Contains("PANIC:", StringComparison.Ordinal)
            || text.Contains("[error]", StringComparison.Ordinal)
            || text.Contains("[critical]", StringComparison.Ordinal);
    }

    private async Task FollowStatesAsync(ResourceNotificationService notifications)
    {
        try
        {
            await foreach (var update in notifications.WatchAsync(_stop.Token))
            {
                var health = update.Snapshot.HealthStatus is { } status ? $", {status}" : string.Empty;
                _states[update.Resource.Name] = $"{update.Snapshot.State?.Text ?? "(no state)"}{health}";
            }
        }
        catch (OperationCanceledException)
        {
            // the fixture is done with the start
        }
    }

    private sealed class ResourceLines(StartLog log, string resource) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Add(resource, formatter(state, exception));
    }
}
