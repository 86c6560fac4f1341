namespace RuleOfLaw.Identity.Domain;

/// <summary>An administrative unit of the district (e.g. 区司法局) that staff act for.</summary>
public sealed class Unit
{
    private Unit()
    {
    }

    public Guid Id { get; private init; }

    /// <summary>Stable short code other systems know the unit by, e.g. <c>district-justice</c>.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private init; }

    public static Unit Create(Guid id, string code, string name, DateTimeOffset at) =>
        new() { Id = id, Code = code, Name = name, CreatedAt = at };

    public void Rename(string code, string name)
    {
        Code = code;
        Name = name;
    }
}
