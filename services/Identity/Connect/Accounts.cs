using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using RuleOfLaw.Identity.Data;
using RuleOfLaw.Identity.Domain;

namespace RuleOfLaw.Identity.Connect;

/// <summary>How a password check ended.</summary>
public enum SignInRefusal
{
    None,

    /// <summary>Unknown name, wrong password or disabled account: the same answer for all three.</summary>
    Wrong,

    /// <summary>Too soon after a wrong password: refused without checking this one.</summary>
    Throttled,

    /// <summary>Too many wrong passwords: locked until <see cref="SignInOutcome.RetryAt"/> or an administrator unlocks it.</summary>
    Locked,

    /// <summary>Another attempt on the same account is being checked right now.</summary>
    Busy,
}

/// <summary>The account when the sign-in succeeded; otherwise why not, and when to try again.</summary>
public sealed record SignInOutcome(UserAccount? User, SignInRefusal Refusal, DateTimeOffset? RetryAt)
{
    public static SignInOutcome Refused(SignInRefusal refusal, DateTimeOffset? retryAt = null) => new(null, refusal, retryAt);
}

/// <summary>Checks passwords, throttled and locked per account, and finds the accounts that tokens are issued to.</summary>
public sealed class Accounts(
    IdentityDbContext db,
    IPasswordHasher<UserAccount> hasher,
    TimeProvider time,
    IOptions<IdentitySettings> settings,
    ILogger<Accounts> logger)
{
    private static readonly UserAccount UnknownUser = UserAccount.Create("unknown", "unknown", null, [], DateTimeOffset.UnixEpoch);

    /// <summary>
    /// Checks the password of <paramref name="userName"/>, tried from <paramref name="clientAddress"/>. The account's
    /// row is locked while it is checked, so attempts from many addresses at once are counted one by one: a second
    /// attempt meanwhile is refused at once (<see cref="SignInRefusal.Busy"/>) rather than queued. Nothing sleeps.
    /// </summary>
    public async Task<SignInOutcome> SignInAsync(string userName, string password, string? clientAddress, CancellationToken ct)
    {
        var name = userName.Trim().ToLowerInvariant();
        var protection = settings.Value.SignInProtection;
        var address = clientAddress ?? "unknown";
        var strategy = db.Database.CreateExecutionStrategy();
        var outcome = await strategy.ExecuteAsync(async () =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            UserAccount? user;
            try
            {
                user = (await db.Users.FromSql($"SELECT * FROM users WHERE user_name = {name} FOR UPDATE NOWAIT").ToListAsync(ct)).SingleOrDefault();
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.LockNotAvailable)
            {
                return SignInOutcome.Refused(SignInRefusal.Busy, time.GetUtcNow().AddSeconds(1));
            }

            var now = time.GetUtcNow();
            if (user is null)
            {
                // Hash anyway, so a wrong name takes as long as a wrong password.
                hasher.HashPassword(UnknownUser, password);
                return SignInOutcome.Refused(SignInRefusal.Wrong);
            }

            if (user.IsLockedAt(now))
            {
                return SignInOutcome.Refused(SignInRefusal.Locked, user.LockedUntil);
            }

            if (user.NextSignInAttemptAt(protection) is { } next && next > now)
            {
                return SignInOutcome.Refused(SignInRefusal.Throttled, next);
            }

            var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
            if (result == PasswordVerificationResult.Failed)
            {
                var locked = user.RecordFailedSignIn(now, protection);
                AccountHistory.Record(db, user, AccountHistory.SignInActor, AccountHistory.SignInFailed,
                    $"wrong password from {address} ({user.FailedSignIns} of {protection.LockoutThreshold})", now);
                if (locked)
                {
                    AccountHistory.Record(db, user, AccountHistory.SignInActor, AccountHistory.Locked,
                        $"{user.FailedSignIns} wrong passwords, the last from {address}; locked until {user.LockedUntil:O}", now);
                }

                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                return locked
                    ? SignInOutcome.Refused(SignInRefusal.Locked, user.LockedUntil)
                    : SignInOutcome.Refused(SignInRefusal.Wrong, user.NextSignInAttemptAt(protection));
            }

            if (user.Disabled)
            {
                return SignInOutcome.Refused(SignInRefusal.Wrong);
            }

            if (result == PasswordVerificationResult.SuccessRehashNeeded)
            {
                user.SetPasswordHash(hasher.HashPassword(user, password));
            }

            user.RecordSignIn();
            AccountHistory.Record(db, user, user.Id.ToString(), AccountHistory.SignedIn, $"from {address}", now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return new SignInOutcome(user, SignInRefusal.None, null);
        });

        if (outcome.Refusal == SignInRefusal.None)
        {
            logger.LogInformation("Sign-in of {UserName} from {ClientAddress} accepted", name, address);
        }
        else
        {
            logger.LogWarning("Sign-in of {UserName} from {ClientAddress} refused: {Refusal}, next attempt from {RetryAt}", name, address, outcome.Refusal, outcome.RetryAt);
        }

        return outcome;
    }

    /// <summary>The active account with this subject and its unit, or null when it no longer exists or is disabled.</summary>
    public async Task<(UserAccount User, Unit? Unit)?> FindActiveAsync(string? subject, CancellationToken ct)
    {
        if (!Guid.TryParse(subject, out var id))
        {
            return null;
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct);
        if (user is null || user.Disabled)
        {
            return null;
        }

        var unit = user.UnitId is { } unitId ? await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == unitId, ct) : null;
        return (user, unit);
    }
}
