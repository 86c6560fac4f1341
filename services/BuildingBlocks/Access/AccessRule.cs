namespace RuleOfLaw.BuildingBlocks.Access;

/// <summary>
/// Who may call an endpoint, as endpoint metadata: anyone, or holders of one of <see cref="Roles"/>;
/// with <see cref="OwnUnit"/>, only on records of the unit they act for (any other answers 404).
/// The OpenAPI document publishes it as <c>x-roles</c> and <c>x-unit-scope</c>.
/// </summary>
public sealed record AccessRule(IReadOnlyList<string> Roles, bool OwnUnit, bool Anonymous)
{
    public string UnitScope => Anonymous ? "anyone" : OwnUnit ? "own-unit" : Roles.Count == 0 ? "signed-in" : "any-unit";
}
