namespace RuleOfLaw.Identity.Connect;

/// <summary>
/// A subject (an account's id, a district system's client id) whose tokens issued before <see cref="RevokedAt"/>
/// no longer count: only a token carrying <see cref="Stamp"/> does, and none when it is null (a removed client).
/// </summary>
public sealed class SubjectRevocation
{
    private SubjectRevocation()
    {
    }

    public string Subject { get; private init; } = "";

    public string? Stamp { get; private set; }

    public DateTimeOffset RevokedAt { get; private set; }

    public static SubjectRevocation Create(string subject, string? stamp, DateTimeOffset at) =>
        new() { Subject = subject, Stamp = stamp, RevokedAt = at };

    public void Renew(string? stamp, DateTimeOffset at)
    {
        Stamp = stamp;
        RevokedAt = at;
    }
}
