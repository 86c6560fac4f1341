namespace RuleOfLaw.BuildingBlocks.Idempotency;

/// <summary>The first answer to a creating request with an <c>Idempotency-Key</c>, replayed to its retries.</summary>
public sealed class IdempotencyRecord
{
    /// <summary>Who sent the key (see <see cref="IdempotencyFilter.CallerOf"/>): one caller never receives another's answer.</summary>
    public required string Caller { get; init; }

    /// <summary>The route the key was used on (method and path), so one key on two routes are two records.</summary>
    public required string Scope { get; init; }

    public required string Key { get; init; }

    /// <summary>SHA-256 of the request as bound (query and JSON body): the same key with another request is refused.</summary>
    public required string RequestHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>0 while the first request is still running.</summary>
    public int StatusCode { get; set; }

    public string? Location { get; set; }

    public string? Body { get; set; }
}
