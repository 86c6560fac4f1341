namespace RuleOfLaw.Web.Gateway;

/// <summary>
/// Units by their names rather than their codes: the public registers of enforcing units and of issuing units, read
/// once per request. A unit registered in neither is shown by its code.
/// </summary>
public sealed class UnitNames(GatewayClient gateway)
{
    private static readonly StringComparer ByName = StringComparer.Create(Text.Chinese, ignoreCase: false);

    private Task<Dictionary<string, string>>? _names;

    public async Task<string> NameOfAsync(string unitId)
    {
        var names = await (_names ??= LoadAsync());
        return names.GetValueOrDefault(unitId, unitId);
    }

    /// <summary>Every registered unit, by name: the administrative organs a person may name (a respondent, for one).</summary>
    public async Task<IReadOnlyList<KeyValuePair<string, string>>> AllAsync() =>
        [.. (await (_names ??= LoadAsync())).OrderBy(u => u.Value, ByName)];

    private async Task<Dictionary<string, string>> LoadAsync()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in (await gateway.GetAsync<List<EnforcingUnit>>("/api/enforcement/units")).Value ?? [])
        {
            names[unit.UnitId] = unit.Name;
        }

        // A unit in both registers goes by the name it issues documents under.
        foreach (var unit in (await gateway.GetAsync<List<IssuingUnit>>("/api/documents/issuing-units")).Value ?? [])
        {
            names[unit.UnitId] = unit.Name;
        }

        return names;
    }
}

public sealed record IssuingUnit(string UnitId, string Code, string Name);

public sealed record EnforcingUnit(string UnitId, string Name);
