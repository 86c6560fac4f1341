namespace RuleOfLaw.Identity.Domain;

/// <summary>A person who signs in: a citizen, a member of a unit's staff, or an administrator.</summary>
public sealed class UserAccount
{
    private UserAccount()
    {
    }

    public Guid Id { get; private init; }

    /// <summary>Lower-case sign-in name, unique.</summary>
    public string UserName { get; private init; } = "";

    public string DisplayName { get; private set; } = "";

    /// <summary>ASP.NET Core Identity's PBKDF2 hash: never the password itself.</summary>
    public string PasswordHash { get; private set; } = "";

    /// <summary>The unit the person acts for; none for citizens.</summary>
    public Guid? UnitId { get; private set; }

    public List<string> Roles { get; private set; } = [];

    public bool Disabled { get; private set; }

    public DateTimeOffset CreatedAt { get; private init; }

    public DateTimeOffset? DisabledAt { get; private set; }

    /// <summary>
    /// Changes when the account's access must end (disabled, password set). Tokens and the login page's sign-in
    /// carry the stamp they were issued with; one with another stamp is refused.
    /// </summary>
    public string SecurityStamp { get; private set; } = "";

    /// <summary>Wrong passwords in a row (successes reset it; failures older than the lockout duration are forgotten).</summary>
    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LastFailedSignInAt { get; private set; }

    /// <summary>No sign-in before this instant, whatever the password: set after too many wrong ones.</summary>
    public DateTimeOffset? LockedUntil { get; private set; }

    public static UserAccount Create(string userName, string displayName, Guid? unitId, IEnumerable<string> roles, DateTimeOffset at, Guid? id = null)
    {
        var user = new UserAccount { Id = id ?? Guid.CreateVersion7(), UserName = userName, DisplayName = displayName, CreatedAt = at, SecurityStamp = NewStamp() };
        user.Assign(unitId, roles);
        return user;
    }

    /// <summary>Gives the person their unit and roles (IDN-1, IDN-2).</summary>
    public void Assign(Guid? unitId, IEnumerable<string> roles)
    {
        var held = roles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        IdentityRules.Idn2.Require(held.All(BuildingBlocks.Access.Roles.PersonRoles.Contains), "人员只能担任人员角色：" + string.Join("、", BuildingBlocks.Access.Roles.PersonRoles), "A person holds only person roles: " + string.Join(", ", BuildingBlocks.Access.Roles.PersonRoles));
        var staff = held.Any(BuildingBlocks.Access.Roles.IsStaff);
        IdentityRules.Idn1.Require(!staff || unitId is not null, "工作人员角色应当代表一个单位：请指明单位。", "A staff role acts for a unit: name the unit.");
        IdentityRules.Idn1.Require(!held.Contains(BuildingBlocks.Access.Roles.Citizen) || (unitId is null && !staff), "公民不代表任何单位，也不担任工作人员角色。", "A citizen acts for no unit and holds no staff role.");
        UnitId = unitId;
        Roles = held;
    }

    public void Rename(string displayName) => DisplayName = displayName;

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    /// <summary>Ends every token and sign-in issued so far: they carry the old stamp.</summary>
    public void RenewSecurityStamp() => SecurityStamp = NewStamp();

    private static string NewStamp() => Guid.NewGuid().ToString("N");

    public void Disable(DateTimeOffset at)
    {
        Disabled = true;
        DisabledAt = at;
    }

    public void Enable()
    {
        Disabled = false;
        DisabledAt = null;
    }

    public bool IsLockedAt(DateTimeOffset now) => LockedUntil > now;

    /// <summary>When the account next accepts a password after the wrong ones before: one delay, doubling per failure.</summary>
    public DateTimeOffset? NextSignInAttemptAt(SignInProtectionSettings protection)
    {
        if (FailedSignIns == 0 || LastFailedSignInAt is not { } last)
        {
            return null;
        }

        var delay = protection.FirstDelay * Math.Pow(2, Math.Min(FailedSignIns - 1, 16));
        return last + (delay < protection.LockoutDuration ? delay : protection.LockoutDuration);
    }

    /// <summary>Counts a wrong password; answers whether it locked the account.</summary>
    public bool RecordFailedSignIn(DateTimeOffset at, SignInProtectionSettings protection)
    {
        if (LastFailedSignInAt is { } last && at - last >= protection.LockoutDuration)
        {
            FailedSignIns = 0;
        }

        FailedSignIns++;
        LastFailedSignInAt = at;
        if (FailedSignIns < protection.LockoutThreshold)
        {
            return false;
        }

        LockedUntil = at + protection.LockoutDuration;
        return true;
    }

    public void RecordSignIn()
    {
        FailedSignIns = 0;
        LastFailedSignInAt = null;
        LockedUntil = null;
    }

    public void Unlock() => RecordSignIn();
}
