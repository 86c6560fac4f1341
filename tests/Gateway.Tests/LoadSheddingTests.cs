using System.Net;
using System.Net.Http.Headers;

namespace RuleOfLaw.Gateway.Tests;

/// <summary>A gateway that serves one request at a time and queues none.</summary>
public sealed class OneAtATimeGateway : GatewayFixture
{
    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["LoadShedding:ConcurrentRequests"] = "1",
        ["LoadShedding:QueuedRequests"] = "0",
    };
}

/// <summary>Past its capacity the gateway refuses at once with 503 and Retry-After; it does not queue until timeouts.</summary>
public sealed class LoadSheddingTests(OneAtATimeGateway fixture) : IClassFixture<OneAtATimeGateway>
{
    [Fact]
    public async Task A_request_past_capacity_gets_503_with_Retry_After_at_once_and_health_is_still_answered()
    {
        using var client = fixture.Gateway.ClientFrom("127.0.9.1");
        var body = new HeldBody();
        using var held = new HttpRequestMessage(HttpMethod.Post, Http.Comments()) { Content = body };
        // Through the gateway's limiter and at the upstream, the first request holds the only permit: sending its
        // first byte is not enough, as a busy machine may let the next request overtake it.
        var through = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        fixture.Upstream.Arrived = _ => through.TrySetResult();
        var inFlight = client.SendAsync(held);
        await body.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await through.Task.WaitAsync(TimeSpan.FromSeconds(30));
        fixture.Upstream.Arrived = null;

        // The first request holds the only permit while its body is still arriving.
        using var shed = await client.SendAsync(Http.Request(HttpMethod.Post, Http.Comments()));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, shed.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), shed.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", shed.Content.Headers.ContentType?.MediaType);
        using var health = await client.GetAsync("/alive");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);

        body.Release.SetResult();
        using var served = await inFlight;
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        using var next = await client.SendAsync(Http.Request(HttpMethod.Post, Http.Comments()));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    /// <summary>A JSON body that sends its first byte, then waits to be released before the rest.</summary>
    private sealed class HeldBody : HttpContent
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public HeldBody() => Headers.ContentType = new MediaTypeHeaderValue("application/json");

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync("{"u8.ToArray());
            await stream.FlushAsync();
            Started.SetResult();
            await Release.Task;
            await stream.WriteAsync("}"u8.ToArray());
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
