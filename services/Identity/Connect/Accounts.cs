using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using RuleOfLaw.Identity.Data;
using RuleOfLaw.Identity.Domain;

namespace RuleOfLaw.Identity.Connect;

/// <summary>Checks passwords and finds the accounts that tokens are issued to.</summary>
public sealed class Accounts(IdentityDbContext db, IPasswordHasher<UserAccount> hasher)
{
    private static readonly UserAccount UnknownUser = UserAccount.Create("unknown", "unknown", null, [], DateTimeOffset.UnixEpoch);

    /// <summary>The account, when the name and password match and the account is not disabled; otherwise null, without saying which check failed.</summary>
    public async Task<UserAccount?> SignInAsync(string userName, string password, CancellationToken ct)
    {
        var name = userName.Trim().ToLowerInvariant();
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == name, ct);
        if (user is null)
        {
            // Hash anyway, so a wrong name takes as long as a wrong password.
            hasher.HashPassword(UnknownUser, password);
            return null;
        }

        var result = hasher.VerifyHashedPassword(user, user.PasswordHash, password);
        if (result == PasswordVerificationResult.Failed || user.Disabled)
        {
            return null;
        }

        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.SetPasswordHash(hasher.HashPassword(user, password));
            await db.SaveChangesAsync(ct);
        }

        return user;
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
