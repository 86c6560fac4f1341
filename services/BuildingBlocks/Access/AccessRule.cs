namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>
/// Who may call an endpoint, as endpoint metadata: anyone, or holders of one of <see cref="Roles"/>;
/// with <see cref="OwnUnit"/>, only on records of the unit they act for (any other answers 404).
/// The OpenAPI document publishes it as <c>x-roles</c> and <c>x-unit-scope</c>.
/// </summary>
/// <remarks><see cref="Scope"/>, where set, names a narrower scope: <c>served-units</c> (a legal office on the
/// records of the units it reviews for; any other answers 404) or <c>supervising-body</c> (the supervising
/// body's legal office only).</remarks>
public sealed record AccessRule(IReadOnlyList<string> Roles, bool OwnUnit, bool Anonymous, string? Scope = null)
{
    public string UnitScope => Scope ?? (Anonymous ? "anyone" : OwnUnit ? "own-unit" : Roles.Count == 0 ? "signed-in" : "any-unit");
}
