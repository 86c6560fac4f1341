using RuleOfLaw.EventContract;

// dotnet run --project tools/EventContract            writes the contract into services/Contracts/contract/
// dotnet run --project tools/EventContract -- --check fails (exit 1) when the committed files differ
var check = args.Contains("--check");
var directory = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? ContractFiles.DefaultDirectory();
var stale = ContractFiles.Differences(directory);
if (check)
{
    foreach (var file in stale)
    {
        Console.Error.WriteLine($"out of date: {file}");
    }

    return stale.Count == 0 ? 0 : 1;
}

ContractFiles.Write(directory);
Console.WriteLine($"Wrote the event contract to {directory} ({stale.Count} file(s) changed)");
return 0;
