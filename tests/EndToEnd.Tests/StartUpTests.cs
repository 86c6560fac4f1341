using System.Net;
using Aspire.Hosting;
using Aspire.Hosting.Testing;

namespace RuleOfLaw.EndToEnd.Tests;

/// <summary>A fresh start (empty databases, a new broker) is clean: nothing logs an error on the way to healthy.</summary>
[Collection(SystemCollection.Name)]
public sealed class StartUpTests(SystemFixture system)
{
    [Fact]
    public void A_fresh_start_logs_no_error()
    {
        // Every part's console reached the log that looks for errors, so an empty list means none, not unheard.
        foreach (var part in new[] { ResourceNames.Postgres, ResourceNames.Messaging, ResourceNames.Identity, ResourceNames.Decisions, ResourceNames.NormativeDocuments, ResourceNames.Enforcement, ResourceNames.Reconsideration, ResourceNames.Appraisal, ResourceNames.Gateway })
        {
            Assert.Contains(part, system.ResourcesHeardFrom);
        }

        Assert.Empty(system.StartErrors);
    }

    [Fact]
    public async Task Each_service_serves_its_metrics_and_the_gateway_does_not()
    {
        using var service = system.App.CreateHttpClient(ResourceNames.NormativeDocuments, "http");
        using var metrics = await service.GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, metrics.StatusCode);

        using var gateway = system.CreateGatewayClient();
        Assert.Equal(HttpStatusCode.NotFound, (await gateway.GetAsync("/metrics")).StatusCode);
    }
}
