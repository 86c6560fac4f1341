using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using RuleOfLaw.NormativeDocuments.Features;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Tracing;

/// <summary>One trace follows a request from the API through the outbox and the bus into the consumer of another service.</summary>
public sealed class TraceAcrossBusTests : IClassFixture<AppraisalHost>, IClassFixture<DocumentsHost>, IDisposable
{
    private readonly ConcurrentBag<Activity> _stopped = [];
    private readonly ActivityListener _listener;
    private readonly DocumentsHost _documents;

    public TraceAcrossBusTests(AppraisalHost appraisal, DocumentsHost documents)
    {
        _ = appraisal; // running, so its consumer receives the event
        _documents = documents;
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "MassTransit" or "RuleOfLaw.Outbox",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _stopped.Add,
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task The_consumer_in_another_service_continues_the_trace_of_the_request_that_wrote_the_event()
    {
        var traceId = ActivityTraceId.CreateRandom();
        var unit = Units.New();
        await _documents.DraftAsync(unit); // registers the issuing unit
        using var client = _documents.CreateClientFor(unit);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = JsonContent.Create(new DraftDocumentRequest(unit, DocumentsHost.Competence, "关于加强行政执法监督的意见", "正文", true, false, false)),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");
        (await client.SendAsync(request)).EnsureSuccessStatusCode();

        var consumed = await Eventually.Until(
            () => Task.FromResult(_stopped.Where(a => a.TraceId == traceId && a.Kind == ActivityKind.Consumer).ToList()),
            found => found.Count > 0,
            "a consumer activity in the request's trace");
        Assert.Contains(_stopped, a => a.TraceId == traceId && a.Source.Name == "RuleOfLaw.Outbox");
        Assert.Contains(consumed, a => a.DisplayName.Contains("evidence", StringComparison.OrdinalIgnoreCase) || a.Tags.Any(t => t.Value?.Contains("evidence", StringComparison.OrdinalIgnoreCase) == true));
    }
}
