using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// <c>Authentication:Revocations</c>: where the identity service lists the subjects whose tokens were revoked
/// (<c>Address</c>, e.g. <c>http://identity/internal/token-revocations</c>), how often it is read
/// (<c>RefreshInterval</c>, default 15 s) and how old the last list read may be before tokens are refused
/// rather than trusted blindly (<c>MaxAge</c>, default 60 s: the bound on how long a revoked token still works).
/// Without an address nothing is checked (an issuer that offers no such list).
/// </summary>
public sealed class TokenRevocationOptions
{
    public Uri? Address { get; set; }

    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(15);

    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(60);
}

/// <summary>
/// The last revocation list read from the identity service. A token whose <c>sub</c> is listed is refused unless it
/// carries the listed <c>security_stamp</c> (the account's stamp after it was disabled or its password set); with
/// no list younger than <see cref="TokenRevocationOptions.MaxAge"/>, every token is refused (fail closed).
/// </summary>
public sealed class TokenRevocationList(IHttpClientFactory clients, TokenRevocationOptions options, TimeProvider time, ILogger<TokenRevocationList> logger)
{
    public const string HttpClientName = "token-revocations";

    private Snapshot? _current;

    /// <summary>Whether a list has been read at all; until then every token is refused and the process is not ready.</summary>
    public bool HasBeenRead => _current is not null;

    /// <summary>Whether the last list read is young enough to decide with.</summary>
    public bool IsCurrent => _current is { } current && time.GetUtcNow() - current.ReadAt <= options.MaxAge;

    /// <summary>Why <paramref name="principal"/>'s token no longer counts, or null when it does.</summary>
    public string? Refusal(ClaimsPrincipal principal)
    {
        var current = _current;
        if (current is null || !IsCurrent)
        {
            return "The token revocation list could not be read recently; tokens are refused until it can.";
        }

        var subject = principal.FindFirst(RuleOfLaw.ClaimNames.Subject)?.Value;
        if (subject is null || !current.Subjects.TryGetValue(subject, out var stamp))
        {
            return null;
        }

        return stamp is not null && principal.FindFirst(RuleOfLaw.ClaimNames.SecurityStamp)?.Value == stamp
            ? null
            : "The token was revoked: its account was disabled or its password set, or its client removed.";
    }

    /// <summary>Reads the list once; a failure keeps the last one (until it is too old) and is logged.</summary>
    public async Task RefreshAsync(CancellationToken ct)
    {
        try
        {
            using var client = clients.CreateClient(HttpClientName);
            var list = await client.GetFromJsonAsync<ListDocument>(options.Address, ct)
                ?? throw new InvalidOperationException("The token revocation list is empty.");
            _current = new Snapshot(time.GetUtcNow(), list.Subjects.ToDictionary(s => s.Subject, s => s.Stamp, StringComparer.Ordinal));
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // Whatever the failure (refused connection, the resilience handler's timeout or open circuit, a bad
            // document), the service keeps running on its last list: an escaped exception would stop the host,
            // and a service started before the identity service answers would never come up.
            logger.LogWarning(e, "Could not read the token revocation list from {Address}; the last one was read at {ReadAt}", options.Address, _current?.ReadAt);
        }
    }

    private sealed record Snapshot(DateTimeOffset ReadAt, Dictionary<string, string?> Subjects);

    private sealed record ListDocument(List<ListEntry> Subjects);

    private sealed record ListEntry(string Subject, string? Stamp);
}

/// <summary>
/// Reads the revocation list at start and every <see cref="TokenRevocationOptions.RefreshInterval"/>; until the
/// first read succeeds (the identity service starting too), every second.
/// </summary>
internal sealed class TokenRevocationRefresher(TokenRevocationList list, TokenRevocationOptions options, TimeProvider time) : BackgroundService
{
    private static readonly TimeSpan FirstReadRetry = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await list.RefreshAsync(stoppingToken);
            try
            {
                var wait = list.HasBeenRead || options.RefreshInterval < FirstReadRetry ? options.RefreshInterval : FirstReadRetry;
                await Task.Delay(wait, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}

/// <summary>
/// Part of <c>/health</c> (readiness): unhealthy until the first list is read, so the gateway and the AppHost wait
/// for it; degraded (still answering 200) while the last list is too old and tokens are being refused.
/// </summary>
internal sealed class TokenRevocationHealthCheck(TokenRevocationList list) : Microsoft.Extensions.Diagnostics.HealthChecks.IHealthCheck
{
    public Task<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult> CheckHealthAsync(
        Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            !list.HasBeenRead ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Unhealthy("The token revocation list has not been read yet.")
            : !list.IsCurrent ? Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Degraded("The token revocation list is out of date; tokens are refused.")
            : Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckResult.Healthy());
}
