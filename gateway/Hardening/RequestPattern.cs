namespace RuleOfLaw.Gateway.Hardening;

/// <summary>
/// A request named in configuration as <c>METHOD /path/{param}/…</c>: a <c>{name}</c> segment matches any one
/// non-empty segment, every other segment matches itself (ignoring case). A trailing slash is the same path.
/// </summary>
public sealed class RequestPattern
{
    private readonly string[] _segments;

    private RequestPattern(string method, string[] segments)
    {
        Method = method;
        _segments = segments;
    }

    public string Method { get; }

    public static RequestPattern Parse(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[1].StartsWith('/'))
        {
            throw new FormatException($"'{text}' is not a request pattern like 'POST /api/documents/{{id}}/comments'.");
        }

        return new RequestPattern(parts[0].ToUpperInvariant(), Segments(parts[1]));
    }

    public bool Matches(HttpRequest request)
    {
        if (!HttpMethods.Equals(request.Method, Method))
        {
            return false;
        }

        var segments = Segments(request.Path.Value ?? "/");
        if (segments.Length != _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < segments.Length; i++)
        {
            var expected = _segments[i];
            var isParameter = expected.Length > 2 && expected[0] == '{' && expected[^1] == '}';
            if (isParameter ? segments[i].Length == 0 : !string.Equals(segments[i], expected, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    public override string ToString() => Method + " /" + string.Join('/', _segments);

    private static string[] Segments(string path) => path.TrimEnd('/').TrimStart('/').Split('/');
}
