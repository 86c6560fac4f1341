using System.Text;

namespace RuleOfLaw.Contracts;

/// <summary>
/// The public names of the events: the exchange they are published on and each event's type, which
/// is its CloudEvents <c>type</c>, its AMQP <c>type</c> property and its routing key. These names are
/// chosen for outside subscribers and do not change when C# code is reorganised; see docs/events.md.
/// </summary>
public static class EventTypes
{
    /// <summary>The one topic exchange every event of the district is published on, routing key = event type.</summary>
    public const string Exchange = "ruleoflaw.events";

    /// <summary>The first word of every event type and routing key.</summary>
    public const string Prefix = "ruleoflaw";

    /// <summary>Every concrete event of the contract, ordered by type name.</summary>
    public static IReadOnlyList<Type> All { get; } = typeof(IntegrationEvent).Assembly.GetExportedTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsAssignableTo(typeof(IntegrationEvent)))
        .OrderBy(NameOf, StringComparer.Ordinal)
        .ToList();

    private static readonly Dictionary<string, Type> ByName = All.ToDictionary(NameOf, StringComparer.Ordinal);

    /// <summary>
    /// The event type of a contract class: <c>ruleoflaw.&lt;area&gt;.&lt;event&gt;</c> in kebab case, e.g.
    /// <c>ruleoflaw.normative-documents.document-published</c> for <c>NormativeDocuments.DocumentPublished</c>.
    /// </summary>
    public static string NameOf(Type eventType)
    {
        ArgumentNullException.ThrowIfNull(eventType);
        var area = eventType.Namespace is { } ns && ns.StartsWith("RuleOfLaw.Contracts.", StringComparison.Ordinal)
            ? ns["RuleOfLaw.Contracts.".Length..]
            : throw new ArgumentException($"{eventType.FullName} is not an event of the contract.", nameof(eventType));
        return $"{Prefix}.{Kebab(area)}.{Kebab(eventType.Name)}";
    }

    /// <summary>The contract class of an event type, or null for a type this version does not know.</summary>
    public static Type? TypeOf(string eventType) => ByName.GetValueOrDefault(eventType);

    /// <summary>Whether the portal and the public may read events of this type (see <see cref="PublicEventAttribute"/>).</summary>
    public static bool IsPublic(Type eventType) => Attribute.IsDefined(eventType, typeof(PublicEventAttribute));

    /// <summary>The CloudEvents <c>source</c> of a service's events, e.g. <c>/ruleoflaw/normative-documents</c>.</summary>
    public static string SourceOf(string service) => $"/{Prefix}/{service}";

    private static string Kebab(string pascal)
    {
        var text = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (c == '.')
            {
                text.Append('.');
                continue;
            }

            if (char.IsUpper(c) && i > 0 && pascal[i - 1] != '.'
                && (char.IsLower(pascal[i - 1]) || char.IsDigit(pascal[i - 1]) || (i + 1 < pascal.Length && char.IsLower(pascal[i + 1]))))
            {
                text.Append('-');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
