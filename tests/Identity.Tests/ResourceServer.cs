using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RuleOfLaw.Identity.Tests;

/// <summary>
/// A service as the gateway and the five services validate tokens: ServiceDefaults' <c>AddTokenValidation</c>,
/// configured as the AppHost configures them, with the identity service under test as its issuer and revocation list.
/// <c>GET /probe</c> answers the caller's subject, or 401.
/// </summary>
internal sealed class ResourceServer(WebApplication app) : IAsyncDisposable
{
    public const string ProbePath = "/probe";

    public static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(200);

    /// <param name="revocationHandler">How the revocation list is reached; by default the identity service in this process.</param>
    public static async Task<ResourceServer> StartAsync(IdentityServiceFactory identity, string revocationListPath = "/internal/token-revocations", Func<HttpMessageHandler>? revocationHandler = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:MetadataAddress"] = new Uri(new Uri(IdentityServiceFactory.Issuer), ".well-known/openid-configuration").ToString(),
            ["Authentication:RequireHttpsMetadata"] = "false",
            ["Authentication:Revocations:Address"] = new Uri(new Uri(IdentityServiceFactory.Issuer), revocationListPath.TrimStart('/')).ToString(),
            ["Authentication:Revocations:RefreshInterval"] = RefreshInterval.ToString(),
        });
        builder.AddTokenValidation();
        // Both reach the identity service in this process instead of over the network.
        builder.Services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o => o.BackchannelHttpHandler = identity.Server.CreateHandler());
        builder.Services.AddHttpClient(TokenRevocationList.HttpClientName).ConfigurePrimaryHttpMessageHandler(revocationHandler ?? identity.Server.CreateHandler);

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapDefaultEndpoints();
        app.MapGet(ProbePath, (ClaimsPrincipal user) => user.FindFirst("sub")?.Value).RequireAuthorization();
        await app.StartAsync();
        return new ResourceServer(app);
    }

    public Task<HttpResponseMessage> ProbeAsync(string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ProbePath);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return app.GetTestClient().SendAsync(request);
    }

    public Task<HttpResponseMessage> HealthAsync() => app.GetTestClient().GetAsync("/health");

    /// <summary>Whether the host was asked to stop, as an unhandled failure of a background service asks it.</summary>
    public bool IsStopping => app.Lifetime.ApplicationStopping.IsCancellationRequested;

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
