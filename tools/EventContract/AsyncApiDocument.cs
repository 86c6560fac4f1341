using System.Reflection;
using System.Text.Json.Nodes;
using RuleOfLaw.Contracts;

namespace RuleOfLaw.EventContract;

/// <summary>
/// The AsyncAPI 3.0 document of the whole system: the one exchange as a channel, every event type as a
/// message with its CloudEvents headers and its payload schema (the same schema as the standalone file).
/// </summary>
public static class AsyncApiDocument
{
    /// <summary>The Contracts package version, which is also the document's version.</summary>
    public static string Version =>
        typeof(IntegrationEvent).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? throw new InvalidOperationException("The Contracts assembly has no version.");

    public static string Generate()
    {
        var messages = new JsonObject();
        var schemas = new JsonObject();
        var channelMessages = new JsonObject();
        var operationMessages = new JsonArray();
        foreach (var type in EventTypes.All)
        {
            var name = EventTypes.NameOf(type);
            var isPublic = EventTypes.IsPublic(type);
            schemas[name] = new JsonObject
            {
                ["schemaFormat"] = "application/schema+json;version=draft-07",
                ["schema"] = EventSchemas.SchemaOf(type),
            };
            var message = new JsonObject
            {
                ["name"] = name,
                ["title"] = type.Name,
                ["summary"] = XmlDocs.Of(type) ?? type.Name,
                ["contentType"] = "application/json",
                ["headers"] = new JsonObject { ["$ref"] = "#/components/schemas/cloudEventsHeaders" },
                ["payload"] = new JsonObject { ["$ref"] = $"#/components/schemas/{name}" },
                ["correlationId"] = new JsonObject { ["$ref"] = "#/components/correlationIds/eventId" },
                ["bindings"] = new JsonObject
                {
                    ["amqp"] = new JsonObject { ["contentEncoding"] = "utf-8", ["messageType"] = name, ["bindingVersion"] = "0.3.0" },
                },
            };
            message["tags"] = new JsonArray(new JsonObject { ["name"] = isPublic ? "public" : "district" });
            messages[name] = message;
            channelMessages[name] = new JsonObject { ["$ref"] = $"#/components/messages/{name}" };
            operationMessages.Add(new JsonObject { ["$ref"] = $"#/channels/events/messages/{name}" });
        }

        schemas["cloudEventsHeaders"] = Headers();
        var document = new JsonObject
        {
            ["asyncapi"] = "3.0.0",
            ["id"] = "urn:ruleoflaw:events",
            ["info"] = new JsonObject
            {
                ["title"] = "RuleOfLaw district events",
                ["version"] = Version,
                ["description"] = "Every event the RuleOfLaw services publish, on the RabbitMQ topic exchange "
                    + $"`{EventTypes.Exchange}` with the event type as routing key, as CloudEvents 1.0 in binary content mode: "
                    + "the body is the event's JSON (the payload schema), the attributes are AMQP properties and `cloudEvents:*` headers. "
                    + "Delivery is at least once; deduplicate on the `id`. Versioning, catch-up and broker accounts: docs/events.md.",
                ["tags"] = new JsonArray(
                    new JsonObject { ["name"] = "public", ["description"] = "Served to the government-information portal by the replay feed." },
                    new JsonObject { ["name"] = "district", ["description"] = "Served to district-system clients only." }),
            },
            ["defaultContentType"] = "application/json",
            ["channels"] = new JsonObject
            {
                ["events"] = new JsonObject
                {
                    ["address"] = EventTypes.Exchange,
                    ["title"] = "All events of the district",
                    ["description"] = "Bind a queue of your own with routing key `#` for every event, `ruleoflaw.<area>.#` for one area's, or an event type for one type.",
                    ["messages"] = channelMessages,
                    ["bindings"] = new JsonObject
                    {
                        ["amqp"] = new JsonObject
                        {
                            ["is"] = "routingKey",
                            ["exchange"] = new JsonObject
                            {
                                ["name"] = EventTypes.Exchange,
                                ["type"] = "topic",
                                ["durable"] = true,
                                ["autoDelete"] = false,
                                ["vhost"] = "/",
                            },
                            ["bindingVersion"] = "0.3.0",
                        },
                    },
                },
            },
            ["operations"] = new JsonObject
            {
                ["receiveEvents"] = new JsonObject
                {
                    ["action"] = "receive",
                    ["title"] = "Receive the district's events",
                    ["channel"] = new JsonObject { ["$ref"] = "#/channels/events" },
                    ["messages"] = operationMessages,
                },
            },
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["messages"] = messages,
                ["correlationIds"] = new JsonObject
                {
                    ["eventId"] = new JsonObject { ["description"] = "The event id: also the AMQP message_id and cloudEvents:id.", ["location"] = "$message.payload#/eventId" },
                },
            },
        };
        return document.ToJsonString(EventSchemas.Output) + "\n";
    }

    /// <summary>The AMQP headers every message carries (CloudEvents AMQP binding names).</summary>
    private static JsonObject Headers()
    {
        static JsonObject Text(string description, string? format = null)
        {
            var property = new JsonObject { ["type"] = "string", ["description"] = description };
            if (format is not null)
            {
                property["format"] = format;
            }

            return property;
        }

        return new JsonObject
        {
            ["schemaFormat"] = "application/schema+json;version=draft-07",
            ["schema"] = new JsonObject
            {
                ["type"] = "object",
                ["required"] = new JsonArray("cloudEvents:specversion", "cloudEvents:id", "cloudEvents:type", "cloudEvents:source", "cloudEvents:time", "cloudEvents:position"),
                ["properties"] = new JsonObject
                {
                    ["cloudEvents:specversion"] = new JsonObject { ["const"] = "1.0" },
                    ["cloudEvents:id"] = Text("The event id, equal to the AMQP message_id and the payload's eventId.", "uuid"),
                    ["cloudEvents:type"] = Text("The event type, equal to the AMQP type property and the routing key."),
                    ["cloudEvents:source"] = Text("The publishing service, e.g. /ruleoflaw/normative-documents."),
                    ["cloudEvents:subject"] = Text("The record the event is about (the payload's recordId).", "uuid"),
                    ["cloudEvents:time"] = Text("When the fact happened (the payload's occurredAt), RFC 3339 with offset.", "date-time"),
                    ["cloudEvents:datacontenttype"] = new JsonObject { ["const"] = "application/json" },
                    ["cloudEvents:position"] = Text("Position in the source service's replay feed (decimal digits): resume with GET /api/<service>/events?after=<position>."),
                    ["traceparent"] = Text("W3C trace context of the request that caused the event, when there was one."),
                },
            },
        };
    }
}
