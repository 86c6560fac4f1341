namespace RuleOfLaw.Web.Gateway;

/// <summary>
/// Units by their names rather than their codes: the public register of issuing units, read once per request.
/// A unit not registered there is shown by its code.
/// </summary>
public sealed class UnitNames(GatewayClient gateway)
{
    private Task<Dictionary<string, string>>? _names;

    public async Task<string> NameOfAsync(string unitId)
    {
        var names = await (_names ??= LoadAsync());
        return names.GetValueOrDefault(unitId, unitId);
    }

    private async Task<Dictionary<string, string>> LoadAsync() =>
        (await gateway.GetAsync<List<IssuingUnit>>("/api/documents/issuing-units")).Value?
            .ToDictionary(u => u.UnitId, u => u.Name, StringComparer.Ordinal) ?? [];
}

public sealed record IssuingUnit(string UnitId, string Code, string Name);
