using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using RuleOfLaw.Contracts;

namespace RuleOfLaw.EventContract;

/// <summary>
/// One JSON Schema (draft-07, which every common validator reads by default) per event type, from the
/// contract classes: the properties as the bus carries them (camelCase), <c>required</c> for C# required
/// members, <c>null</c> allowed only where the C# type is nullable, descriptions from the XML comments.
/// Additional properties are allowed: a compatible version may add fields (docs/events.md).
/// </summary>
public static class EventSchemas
{
    public const string Draft = "http://json-schema.org/draft-07/schema#";

    /// <summary>The fields of <see cref="IIntegrationEvent"/>, in every body.</summary>
    private static readonly string[] AlwaysPresent = ["eventId", "occurredAt", "unitId", "recordId", "schemaVersion"];

    /// <summary>The options the events are serialized with, minus reading numbers from strings (which only widens what is read).</summary>
    private static readonly JsonSerializerOptions Wire = new(JsonSerializerDefaults.Web)
    {
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict,
        RespectNullableAnnotations = true,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    internal static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IEnumerable<(string Type, string Schema)> Generate() =>
        EventTypes.All.Select(t => (EventTypes.NameOf(t), Write(SchemaOf(t))));

    /// <summary>The schema of one event type, without <c>$schema</c> (the AsyncAPI document embeds it as is).</summary>
    public static JsonObject SchemaOf(Type eventType)
    {
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                if (node is JsonObject schema)
                {
                    var member = context.PropertyInfo?.AttributeProvider as MemberInfo;
                    var description = member is not null ? XmlDocs.Of(member) : context.Path.IsEmpty ? XmlDocs.Of(context.TypeInfo.Type) : null;
                    if (description is not null)
                    {
                        schema["description"] = description;
                    }
                }

                return node;
            },
        };
        var body = (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(Wire, eventType, exporter);
        // What every event carries is always there, though C# gives it a default instead of "required".
        var required = body["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToList() ?? [];
        body["required"] = new JsonArray([.. AlwaysPresent.Where(p => !required.Contains(p)).Concat(required).Select(p => (JsonNode)p)]);
        var schema = new JsonObject
        {
            ["title"] = EventTypes.NameOf(eventType),
        };
        foreach (var (key, value) in body.ToList())
        {
            body.Remove(key);
            schema[key] = value;
        }

        return schema;
    }

    private static string Write(JsonObject schema)
    {
        var document = new JsonObject { ["$schema"] = Draft };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            document[key] = value;
        }

        return document.ToJsonString(Output) + "\n";
    }
}
