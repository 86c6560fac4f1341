using System.Text.Json;
using System.Text.RegularExpressions;
using RuleOfLaw.Contracts;
using RuleOfLaw.EventContract;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Contract;

/// <summary>
/// The published event contract is generated from services/Contracts and committed; these tests fail
/// when the two part, so a changed event cannot reach the bus without its schema changing with it.
/// </summary>
public sealed partial class EventContractTests
{
    private static readonly string ContractDirectory = Path.Combine(Repository.Root, ContractFiles.RelativeDirectory);

    [Fact]
    public void The_committed_schemas_and_AsyncAPI_document_are_what_the_contract_classes_generate()
    {
        var stale = ContractFiles.Differences(ContractDirectory);
        Assert.True(stale.Count == 0,
            $"The event contract is out of date: {string.Join(", ", stale)}. If the change is compatible (docs/events.md, \"Versions\"), "
            + "run `dotnet run --project tools/EventContract` and commit the result; otherwise add a new event type instead.");
    }

    [Fact]
    public void Every_event_has_a_schema_that_its_serialized_form_satisfies_in_required_fields()
    {
        foreach (var type in EventTypes.All)
        {
            var name = EventTypes.NameOf(type);
            using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(ContractDirectory, "schemas", name + ".json")));
            var required = schema.RootElement.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToHashSet();
            Assert.Superset(new HashSet<string?> { "eventId", "occurredAt", "unitId", "recordId", "schemaVersion" }, required);
            Assert.Equal(name, schema.RootElement.GetProperty("title").GetString());
        }
    }

    [Fact]
    public void Event_types_are_stable_lowercase_names_unique_per_class()
    {
        var names = EventTypes.All.Select(EventTypes.NameOf).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches("^ruleoflaw\\.[a-z]+(-[a-z]+)*\\.[a-z0-9]+(-[a-z0-9]+)*$", n));
        Assert.Equal("ruleoflaw.normative-documents.document-published", EventTypes.NameOf(typeof(Contracts.NormativeDocuments.DocumentPublished)));
    }

    /// <summary>The README's event section names the real exchange and exactly the event types the contract has.</summary>
    [Fact]
    public void The_README_event_section_lists_the_real_exchange_and_every_event_type()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        var start = readme.IndexOf("\n## Events", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no \"## Events\" section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = end < 0 ? readme[start..] : readme[start..end];

        Assert.Contains($"`{EventTypes.Exchange}`", section, StringComparison.Ordinal);
        var exchanges = ExchangeNames().Matches(section).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal([EventTypes.Exchange], exchanges);
        var listed = EventTypeNames().Matches(section).Select(m => m.Value).Where(v => v != EventTypes.Exchange && !v.EndsWith(".#", StringComparison.Ordinal)).ToHashSet();
        var real = EventTypes.All.Select(EventTypes.NameOf).ToHashSet();
        Assert.Empty(listed.Except(real));
        Assert.Empty(real.Except(listed));
    }

    /// <summary>Whatever the README calls an exchange: "exchange `name`".</summary>
    [GeneratedRegex("exchange `([^`]+)`")]
    private static partial Regex ExchangeNames();

    [GeneratedRegex(@"ruleoflaw\.[a-z0-9.#-]+[a-z0-9#]")]
    private static partial Regex EventTypeNames();
}
