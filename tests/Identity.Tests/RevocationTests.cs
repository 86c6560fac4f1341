using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Identity.Tests;

/// <summary>
/// Disabling an account, setting its password or removing a client ends its access everywhere: refresh tokens and
/// the identity service's own API at once, access tokens at the gateway and every service within a minute.
/// </summary>
public sealed class RevocationTests(IdentityServiceFactory service) : IClassFixture<IdentityServiceFactory>
{
    /// <summary>The documented bound: <c>Authentication:Revocations:MaxAge</c>.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private const string Password = "a-good-long-password";

    [Fact]
    public async Task Everyone_disabled_loses_their_access_token_at_every_service_within_a_minute_and_their_refresh_token_at_once()
    {
        await using var api = await ResourceServer.StartAsync(service);
        using var admin = await AdministrationTests.SignedInAsync(service, "admin");
        var (userName, id) = await NewAccountAsync(admin);
        using var user = service.CreateTokenClient();
        var tokens = await user.SignInAsync(userName, Password);
        await AssertAcceptedAsync(api, tokens.AccessToken);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/identity/users/{id}/disable", null)).StatusCode);

        await AssertRefusedWithinBoundAsync(api, tokens.AccessToken);
        var refresh = await user.RefreshAsync(tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal("invalid_grant", await TokenClient.ErrorOfAsync(refresh));
    }

    [Fact]
    public async Task Everyone_whose_password_is_set_loses_old_tokens_and_sign_in_while_the_new_password_works()
    {
        await using var api = await ResourceServer.StartAsync(service);
        using var admin = await AdministrationTests.SignedInAsync(service, "admin");
        var (userName, id) = await NewAccountAsync(admin);
        using var user = service.CreateTokenClient();
        var tokens = await user.SignInAsync(userName, Password);
        await AssertAcceptedAsync(api, tokens.AccessToken);

        var reset = await admin.PutAsJsonAsync($"/api/identity/users/{id}/password", new { password = "a-new-long-password" });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);

        var refresh = await user.RefreshAsync(tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal("invalid_grant", await TokenClient.ErrorOfAsync(refresh));
        // The login page's sign-in from before asks for the password again.
        var authorize = await user.AuthorizeAsync(TokenClient.Pkce.Create());
        Assert.StartsWith("/account/login", authorize.Headers.Location!.OriginalString, StringComparison.Ordinal);
        await AssertRefusedWithinBoundAsync(api, tokens.AccessToken);

        using var again = service.CreateTokenClient();
        var fresh = await again.SignInAsync(userName, "a-new-long-password");
        await AssertAcceptedAsync(api, fresh.AccessToken);
    }

    [Fact]
    public async Task An_old_admin_token_stops_listing_users_at_once_when_its_account_is_disabled()
    {
        using var admin = await AdministrationTests.SignedInAsync(service, "admin");
        var (userName, id) = await NewAccountAsync(admin, "admin");
        using var second = await AdministrationTests.SignedInAsync(service, userName, Password);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/api/identity/users")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/identity/users/{id}/disable", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/api/identity/users")).StatusCode);
    }

    [Fact]
    public async Task Everyone_a_removed_district_system_s_token_is_refused_and_a_new_registration_s_is_not()
    {
        await using var api = await ResourceServer.StartAsync(service);
        using var admin = await AdministrationTests.SignedInAsync(service, "admin");
        var clientId = "leaving-system-" + Guid.NewGuid().ToString("N")[..8];
        using var tokens = service.CreateTokenClient();
        var old = await TokenClient.ReadTokensAsync(await tokens.ClientCredentialsAsync(clientId, await RegisterAsync(admin, clientId)));
        await AssertAcceptedAsync(api, old.AccessToken);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/identity/clients/{clientId}")).StatusCode);
        await AssertRefusedWithinBoundAsync(api, old.AccessToken);

        var renewed = await TokenClient.ReadTokensAsync(await tokens.ClientCredentialsAsync(clientId, await RegisterAsync(admin, clientId)));
        await AssertAcceptedAsync(api, renewed.AccessToken);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.ProbeAsync(old.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task Everyone_a_service_that_cannot_read_the_revocation_list_refuses_tokens()
    {
        await using var api = await ResourceServer.StartAsync(service, revocationListPath: "/internal/no-such-list");
        using var user = service.CreateTokenClient();
        var tokens = await user.SignInAsync("citizen");

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.ProbeAsync(tokens.AccessToken)).StatusCode);
        // Not ready either, so an orchestrator (and the AppHost) waits for it.
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.HealthAsync()).StatusCode);
    }

    [Fact]
    public async Task Everyone_a_service_started_before_the_identity_service_answers_keeps_running_and_waits_for_its_list()
    {
        // Any failure to read, not only a refused connection: under load it was the resilience handler's timeout,
        // and the service that stopped on it kept the whole system from starting.
        var attempts = 0;
        await using var api = await ResourceServer.StartAsync(service, revocationHandler: () => new FailingHandler(() =>
        {
            Interlocked.Increment(ref attempts);
            return new TimeoutException("the identity service did not answer in time");
        }));

        await Eventually.Until(() => Task.FromResult(Volatile.Read(ref attempts)), n => n >= 3, "the list is read again after failures");
        Assert.False(api.IsStopping);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await api.HealthAsync()).StatusCode);
    }

    [Fact]
    public async Task A_service_is_ready_once_it_has_read_the_revocation_list()
    {
        await using var api = await ResourceServer.StartAsync(service);
        await Eventually.Until(api.HealthAsync, r => r.StatusCode == HttpStatusCode.OK, "the service is ready");
    }

    [Fact]
    public async Task The_revocation_list_is_not_offered_in_the_API_description()
    {
        using var client = service.CreateClient();
        Assert.DoesNotContain("token-revocations", await client.GetStringAsync("/openapi/v1.json"), StringComparison.Ordinal);
        var list = await client.GetFromJsonAsync<JsonElement>("/internal/token-revocations");
        Assert.Equal(JsonValueKind.Array, list.GetProperty("subjects").ValueKind);
    }

    private static async Task AssertAcceptedAsync(ResourceServer api, string accessToken) =>
        await Eventually.Until(() => api.ProbeAsync(accessToken), r => r.StatusCode == HttpStatusCode.OK, "the service accepts the token");

    private static async Task AssertRefusedWithinBoundAsync(ResourceServer api, string accessToken)
    {
        var watch = Stopwatch.StartNew();
        await Eventually.Until(() => api.ProbeAsync(accessToken), r => r.StatusCode == HttpStatusCode.Unauthorized, "the service refuses the revoked token", Bound);
        Assert.True(watch.Elapsed < Bound, $"refused after {watch.Elapsed}");
    }

    private static async Task<(string UserName, Guid Id)> NewAccountAsync(HttpClient admin, string role = "citizen")
    {
        var userName = "revoked." + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostAsJsonAsync("/api/identity/users", new { userName, displayName = "测试用户", password = Password, roles = new[] { role } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (userName, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private static async Task<string> RegisterAsync(HttpClient admin, string clientId)
    {
        var registered = await admin.PostAsJsonAsync("/api/identity/clients/district-systems", new { clientId, displayName = "区某平台" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientSecret").GetString()!;
    }

    private sealed class FailingHandler(Func<Exception> failure) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(failure());
    }
}
