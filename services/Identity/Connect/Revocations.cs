using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using RuleOfLaw.Identity.Data;
using RuleOfLaw.Identity.Domain;

namespace RuleOfLaw.Identity.Connect;

/// <summary>
/// Ends what a subject was issued: its refresh tokens, codes and authorizations at once (OpenIddict revokes them,
/// and this service's own API checks every access token's entry), and its access tokens at the gateway and the
/// services through the revocation list they read (<see cref="ListPath"/>), within their refresh bound.
/// </summary>
public sealed class Revocations(
    IdentityDbContext db,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations,
    TimeProvider time,
    IOptions<IdentitySettings> settings)
{
    /// <summary>Not routed by the gateway: the services read it inside the district's network.</summary>
    public const string ListPath = "/internal/token-revocations";

    /// <summary>A new stamp for the account, the list entry that refuses the old one, then OpenIddict's revocations. Saves.</summary>
    public async Task RevokeUserAsync(UserAccount user, CancellationToken ct)
    {
        user.RenewSecurityStamp();
        await UpsertAsync(user.Id.ToString(), user.SecurityStamp, ct);
        await db.SaveChangesAsync(ct);
        await RevokeIssuedAsync(user.Id.ToString(), ct);
    }

    /// <summary>A removed district system: every token of its client id is refused until they have all expired.</summary>
    public async Task RevokeClientAsync(string clientId, CancellationToken ct)
    {
        await UpsertAsync(clientId, null, ct);
        await db.SaveChangesAsync(ct);
        await RevokeIssuedAsync(clientId, ct);
    }

    /// <summary>A client id registered again: its new registration's tokens count, the removed one's still do not.</summary>
    public async Task ReregisterClientAsync(string clientId, string? registrationId, CancellationToken ct)
    {
        if (await db.Set<SubjectRevocation>().SingleOrDefaultAsync(r => r.Subject == clientId, ct) is { } revocation)
        {
            revocation.Renew(registrationId, time.GetUtcNow());
            await db.SaveChangesAsync(ct);
        }
    }

    /// <summary>The entries a token still unexpired could be refused by: those younger than an access token's lifetime.</summary>
    public async Task<RevocationList> ListAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var since = now - settings.Value.AccessTokenLifetime - RevocationList.ClockSkew;
        var entries = await db.Set<SubjectRevocation>().AsNoTracking()
            .Where(r => r.RevokedAt > since)
            .OrderBy(r => r.Subject)
            .Select(r => new RevokedSubject(r.Subject, r.Stamp, r.RevokedAt))
            .ToListAsync(ct);
        return new RevocationList(now, entries);
    }

    private async Task UpsertAsync(string subject, string? stamp, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        if (await db.Set<SubjectRevocation>().SingleOrDefaultAsync(r => r.Subject == subject, ct) is { } revocation)
        {
            revocation.Renew(stamp, now);
        }
        else
        {
            db.Add(SubjectRevocation.Create(subject, stamp, now));
        }
    }

    private async Task RevokeIssuedAsync(string subject, CancellationToken ct)
    {
        await authorizations.RevokeBySubjectAsync(subject, ct);
        await tokens.RevokeBySubjectAsync(subject, ct);
    }
}

/// <summary>
/// What <c>GET /internal/token-revocations</c> answers: a token whose <c>sub</c> is listed is valid only with the
/// listed <c>security_stamp</c> (none listed: not at all).
/// </summary>
public sealed record RevocationList(DateTimeOffset GeneratedAt, IReadOnlyList<RevokedSubject> Subjects)
{
    /// <summary>The clock skew the gateway and the services allow on a token's expiry.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(1);
}

public sealed record RevokedSubject(string Subject, string? Stamp, DateTimeOffset RevokedAt);
