using System.Text.Json;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using RuleOfLaw.BuildingBlocks.Errors;

namespace RuleOfLaw.BuildingBlocks.Validation;

/// <summary>
/// Applies <see cref="ClientInput"/> to every request before any endpoint binds it: query strings and
/// route values (one line), url-encoded forms (free text), and every string and property name of a
/// JSON body, named by its JSON path (<c>responsiblePersons[0].name</c>, as validation names fields).
/// A refused value answers 400 problem details with <c>errors</c>. A body that is not JSON at all is
/// left to the endpoint, which answers it 400 as before.
/// </summary>
/// <remarks>
/// A scan of the text rather than JSON converters: a custom converter for <c>string</c> or dates would
/// hide those types from the OpenAPI schemas, and this way dictionary keys are checked as well.
/// </remarks>
internal static class ClientInputGuard
{
    public static IApplicationBuilder UseClientInputGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var (name, values) in request.Query)
            {
                Check(errors, name, name, oneLine: true);
                foreach (var value in values)
                {
                    Check(errors, name, value, oneLine: true);
                }
            }

            foreach (var (name, value) in request.RouteValues)
            {
                if (value is string text)
                {
                    Check(errors, name, text, oneLine: true);
                }
            }

            if (request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true)
            {
                // Decoded here by hand: the framework's form reader throws on %00 (a 500), so a field holding it could not be named.
                foreach (var (name, value) in FormFields(await BufferedBodyAsync(request, context.RequestAborted)))
                {
                    Check(errors, name, name, oneLine: true);
                    Check(errors, name, value, oneLine: ClientInput.IsOneLine(name));
                }
            }
            else if (request.HasJsonContentType())
            {
                ScanJson(await BufferedBodyAsync(request, context.RequestAborted), errors);
            }

            if (errors.Count == 0)
            {
                await next(context);
                return;
            }

            await TypedResults.ValidationProblem(errors, title: ProblemLanguage.Text("请求中含有任何字段都不接受的文本或日期", "The request holds text or dates no field accepts")).ExecuteAsync(context);
        });

    /// <summary>The body, read so that the endpoint can read it again (the gateway admits at most 1 MiB).</summary>
    private static async Task<byte[]> BufferedBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering();
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        request.Body.Position = 0;
        return buffer.ToArray();
    }

    private static IEnumerable<(string Name, string Value)> FormFields(byte[] body) =>
        Encoding.UTF8.GetString(body).Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            return (Decode(equals < 0 ? pair : pair[..equals]), equals < 0 ? "" : Decode(pair[(equals + 1)..]));
        });

    private static string Decode(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));

    private static void Check(Dictionary<string, string[]> errors, string field, string? value, bool oneLine)
    {
        if (value is null || errors.ContainsKey(field))
        {
            return;
        }

        if ((ClientInput.ProblemWithText(value, oneLine) ?? ClientInput.ProblemWithDate(value)) is { } problem)
        {
            // A field whose own name is unprintable is reported under "request".
            errors[ClientInput.ProblemWithText(field, oneLine: true) is null && field.Length > 0 ? field : "request"] = [problem];
        }
    }

    /// <summary>Every property name and string of the body, each checked where it stands.</summary>
    private static void ScanJson(ReadOnlySpan<byte> body, Dictionary<string, string[]> errors)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var path = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        NextValue(path);
                        path.Add(new Frame(reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        break;
                    case JsonTokenType.PropertyName:
                        path[^1].Property = null; // a name is reported at the object that holds it
                        var name = Read(ref reader, path, errors);
                        Check(errors, PathOf(path), name, oneLine: true);
                        path[^1].Property = name ?? "";
                        break;
                    case JsonTokenType.String:
                        NextValue(path);
                        var field = PathOf(path);
                        var property = path.LastOrDefault(f => !f.IsArray)?.Property;
                        Check(errors, field, Read(ref reader, path, errors), oneLine: ClientInput.IsOneLine(property));
                        break;
                    default:
                        NextValue(path);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: model binding answers it 400 with its own message.
        }
    }

    private static string? Read(ref Utf8JsonReader reader, List<Frame> path, Dictionary<string, string[]> errors)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            errors.TryAdd(PathOf(path) is { Length: > 0 } field ? field : "request", [ProblemLanguage.Text("不是有效的 UTF-16 文本。", "Is not valid UTF-16 text.")]);
            return null;
        }
    }

    private static void NextValue(List<Frame> path)
    {
        if (path.Count > 0 && path[^1].IsArray)
        {
            path[^1].Index++;
        }
    }

    /// <summary><c>positions</c>, <c>responsiblePersons[0].name</c>; empty for the body itself.</summary>
    private static string PathOf(List<Frame> path)
    {
        var text = new StringBuilder();
        foreach (var frame in path)
        {
            if (frame.IsArray)
            {
                text.Append('[').Append(frame.Index).Append(']');
            }
            else if (frame.Property is not null)
            {
                text.Append(text.Length == 0 ? "" : ".").Append(frame.Property);
            }
        }

        return text.ToString();
    }

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Property { get; set; }
    }
}
