using System.Net;
using System.Text.RegularExpressions;

namespace RuleOfLaw.Gateway.Tests;

/// <summary>What every request meets at the gateway: a body limit, CORS, security headers, a correlation id, and the API reference.</summary>
public sealed partial class FrontDoorTests(GatewayFixture fixture) : IClassFixture<GatewayFixture>
{
    private static readonly string[] Services = ["decisions", "normative-documents", "enforcement", "reconsideration", "appraisal", "identity"];

    private GatewayFactory Gateway => fixture.Gateway;

    [Fact]
    public async Task A_body_past_the_limit_gets_413_and_one_within_it_passes()
    {
        using var client = Gateway.ClientFrom("127.0.5.1");
        var token = TestTokens.Access("body-limit");
        using var tooLarge = Http.Request(HttpMethod.Post, "/api/documents", token, Json(GatewayFactory.MaxBodyBytes + 1));
        using var refused = await client.SendAsync(tooLarge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);

        using var fits = Http.Request(HttpMethod.Post, "/api/documents", token, Json(GatewayFactory.MaxBodyBytes));
        using var passed = await client.SendAsync(fits);
        Assert.Equal(HttpStatusCode.OK, passed.StatusCode);
        Assert.Equal(GatewayFactory.MaxBodyBytes, (await passed.EchoAsync()).BodyLength);
    }

    [Fact]
    public async Task A_chunked_body_past_the_limit_gets_413_too()
    {
        using var client = Gateway.ClientFrom("127.0.5.2");
        using var request = Http.Request(HttpMethod.Post, "/api/documents", TestTokens.Access("chunked-body-limit"), json: null);
        request.Content = new StreamContent(new MemoryStream(new byte[GatewayFactory.MaxBodyBytes * 4]));
        request.Headers.TransferEncodingChunked = true;
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task An_allowed_origin_gets_CORS_headers_and_another_origin_does_not()
    {
        using var client = Gateway.ClientFrom("127.0.5.3");

        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        allowed.Headers.Add("Origin", GatewayFactory.AllowedOrigin);
        using var allowedResponse = await client.SendAsync(allowed);
        Assert.Equal(GatewayFactory.AllowedOrigin, Assert.Single(allowedResponse.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("X-Correlation-Id", allowedResponse.Headers.GetValues("Access-Control-Expose-Headers").Single(), StringComparison.OrdinalIgnoreCase);

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/documents");
        preflight.Headers.Add("Origin", GatewayFactory.AllowedOrigin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization, content-type");
        using var preflightResponse = await client.SendAsync(preflight);
        Assert.Equal(HttpStatusCode.NoContent, preflightResponse.StatusCode);
        Assert.Equal(GatewayFactory.AllowedOrigin, preflightResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", preflightResponse.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);

        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Options })
        {
            using var other = new HttpRequestMessage(method, "/api/documents");
            other.Headers.Add("Origin", "https://attacker.example");
            other.Headers.Add("Access-Control-Request-Method", "POST");
            using var otherResponse = await client.SendAsync(other);
            Assert.False(otherResponse.Headers.Contains("Access-Control-Allow-Origin"), $"{method} from another origin got CORS headers");
        }
    }

    [Theory]
    [InlineData("GET", "/api/documents", HttpStatusCode.OK)]          // proxied
    [InlineData("GET", "/health", HttpStatusCode.OK)]                 // the gateway's own
    [InlineData("POST", "/api/documents", HttpStatusCode.Unauthorized)] // refused
    public async Task Every_response_carries_the_security_headers(string method, string path, HttpStatusCode status)
    {
        using var client = Gateway.ClientFrom("127.0.5.4");
        using var response = await client.SendAsync(Http.Request(new HttpMethod(method), path));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        var policy = Header(response, "Content-Security-Policy");
        Assert.StartsWith("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task A_correlation_id_is_generated_when_none_is_sent_and_the_service_sees_the_same()
    {
        using var client = Gateway.ClientFrom("127.0.5.5");
        using var response = await client.GetAsync("/api/documents");
        var id = Header(response, "X-Correlation-Id");
        Assert.Matches("^[0-9a-f]{32}$", id);
        var echo = await response.EchoAsync();
        Assert.Equal(id, echo.Header("X-Correlation-Id"));
        // On the request's activity as baggage, which travels to the services with the trace.
        var baggage = (echo.Header("baggage") ?? "").Split(',').Select(item => item.Split('=', 2)).Where(pair => pair.Length == 2);
        Assert.Contains(baggage, pair => pair[0].Trim() == "correlation.id" && pair[1].Trim() == id);
    }

    [Theory]
    [InlineData("portal-7f3a.2026_11")]
    [InlineData("0199a000-0000-7000-8000-000000000001")]
    public async Task A_sane_correlation_id_is_echoed_and_forwarded(string sent)
    {
        using var client = Gateway.ClientFrom("127.0.5.6");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        request.Headers.Add("X-Correlation-Id", sent);
        using var response = await client.SendAsync(request);
        Assert.Equal(sent, Header(response, "X-Correlation-Id"));
        Assert.Equal(sent, (await response.EchoAsync()).Header("X-Correlation-Id"));
    }

    [Theory]
    [InlineData("has spaces in it")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("a-very-long-correlation-id-that-goes-on-well-past-the-sixty-four-characters-allowed")]
    [InlineData("path/../like")]
    [InlineData("two,values")]
    public async Task An_insane_correlation_id_is_replaced(string sent)
    {
        using var client = Gateway.ClientFrom("127.0.5.7");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/documents");
        request.Headers.TryAddWithoutValidation("X-Correlation-Id", sent);
        using var response = await client.SendAsync(request);
        var id = Header(response, "X-Correlation-Id");
        Assert.NotEqual(sent, id);
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.Equal(id, (await response.EchoAsync()).Header("X-Correlation-Id"));
    }

    [Fact]
    public async Task The_API_reference_page_lists_every_services_OpenAPI_document_and_serves_its_own_script()
    {
        using var client = Gateway.ClientFrom("127.0.5.8");
        using var response = await client.GetAsync("/api-reference/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        foreach (var service in Services)
        {
            Assert.Contains($"\"url\":\"openapi/{service}.json\"", html, StringComparison.Ordinal);
        }

        // Its own policy: scripts from the gateway with this response's nonce, nothing from elsewhere.
        var policy = Header(response, "Content-Security-Policy");
        var nonce = NonceAttribute().Match(html).Groups["nonce"].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"script-src 'self' 'nonce-{nonce}'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);

        using var script = await client.GetAsync("/api-reference/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);

        // The documents it names are the proxy's routes.
        foreach (var service in Services)
        {
            using var document = await client.GetAsync($"/openapi/{service}.json");
            Assert.Equal("/openapi/v1.json", (await document.EchoAsync()).Path);
        }
    }

    /// <summary>The event contract (AsyncAPI document and a schema per event) is served next to the OpenAPI documents, to anyone.</summary>
    [Fact]
    public async Task The_event_contract_is_served_next_to_the_OpenAPI_documents()
    {
        using var client = Gateway.ClientFrom("127.0.5.9");
        using var asyncApi = await client.GetAsync("/openapi/events/asyncapi.json");
        Assert.Equal(HttpStatusCode.OK, asyncApi.StatusCode);
        using var document = System.Text.Json.JsonDocument.Parse(await asyncApi.Content.ReadAsStringAsync());
        Assert.Equal("3.0.0", document.RootElement.GetProperty("asyncapi").GetString());
        Assert.Equal("ruleoflaw.events", document.RootElement.GetProperty("channels").GetProperty("events").GetProperty("address").GetString());

        using var schema = await client.GetAsync("/openapi/events/schemas/ruleoflaw.normative-documents.document-published.json");
        Assert.Equal(HttpStatusCode.OK, schema.StatusCode);
        Assert.Contains("\"title\": \"ruleoflaw.normative-documents.document-published\"", await schema.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var unknown = await client.GetAsync("/openapi/events/schemas/ruleoflaw.no-such.event.json");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static string Json(int bytes) => "\"" + new string('x', bytes - 2) + "\"";

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : throw new Xunit.Sdk.XunitException($"No {name} header.");

    [GeneratedRegex("<script[^>]* nonce=\"(?<nonce>[^\"]+)\"")]
    private static partial Regex NonceAttribute();
}
