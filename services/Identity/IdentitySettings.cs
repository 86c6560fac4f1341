namespace RuleOfLaw.Identity;

/// <summary>The <c>Identity</c> configuration section.</summary>
public sealed class IdentitySettings
{
    public const string Section = "Identity";

    /// <summary>
    /// The public address the tokens name as their issuer, normally the gateway's (e.g. <c>https://rule-of-law.example.gov.cn/</c>).
    /// Unset, the server names the address each request came to, which suits the service run on its own.
    /// </summary>
    public Uri? Issuer { get; set; }

    /// <summary>Short, because changed roles and units reach a token at its next refresh; also how long revocations stay listed.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>About a working day: a refresh token is checked against the account each time it is used.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// How long a refresh token that was just rotated may still be used (OpenIddict's default is 30 seconds, for
    /// two tabs refreshing at once). None: a replayed refresh token is refused at once, and its successors with it,
    /// so a stolen one is worth nothing once the rightful client has used it. A client must send one refresh at a time.
    /// </summary>
    public TimeSpan RefreshTokenReuseLeeway { get; set; } = TimeSpan.Zero;

    /// <summary>How long a sign-in at the login page lasts before the person has to enter the password again.</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromHours(8);

    /// <summary>How wrong passwords slow down, then lock, the account they are tried on, whatever address they come from.</summary>
    public SignInProtectionSettings SignInProtection { get; set; } = new();

    /// <summary>Cookies are marked Secure when the public address is HTTPS (TLS ends at the gateway, so the request here is plain HTTP).</summary>
    public bool PublicAddressIsHttps => Issuer?.Scheme == Uri.UriSchemeHttps;
}

/// <summary>
/// The per-account throttle (<c>Identity:SignInProtection</c>). After a wrong password the account accepts the next
/// attempt only <see cref="FirstDelay"/> later, twice as long after each further one; an attempt sooner is refused at
/// once, without checking the password. <see cref="LockoutThreshold"/> wrong passwords in a row lock the account for
/// <see cref="LockoutDuration"/>, or until an administrator unlocks it. Failures older than the lockout duration are forgotten.
/// </summary>
public sealed class SignInProtectionSettings
{
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(1);

    public int LockoutThreshold { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
