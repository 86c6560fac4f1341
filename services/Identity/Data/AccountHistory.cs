using RuleOfLaw.BuildingBlocks.History;
using RuleOfLaw.Identity.Domain;

namespace RuleOfLaw.Identity.Data;

/// <summary>
/// What happened to an account, in the shared history table (<c>GET /api/identity/users/{id}/history</c>):
/// created, assigned, password set, disabled, enabled, signed in, a wrong password (with the client's address),
/// locked, unlocked.
/// </summary>
public static class AccountHistory
{
    public const string RecordType = "User";

    public const string Created = "created";
    public const string Assigned = "assigned";
    public const string PasswordSet = "password-set";
    public const string Disabled = "disabled";
    public const string Enabled = "enabled";
    public const string SignedIn = "signed-in";
    public const string SignInFailed = "sign-in-failed";
    public const string Locked = "locked";
    public const string Unlocked = "unlocked";

    /// <summary>The actor of what the account's owner does at the login page, before anyone is signed in.</summary>
    public const string SignInActor = "sign-in";

    public static void Record(IdentityDbContext db, UserAccount user, string actor, string what, string? reason, DateTimeOffset at) =>
        db.History.Add(new HistoryEntry
        {
            RecordType = RecordType,
            RecordId = user.Id,
            At = at,
            Actor = actor,
            From = null,
            To = what,
            Reason = reason,
        });
}
