using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.Testing;

namespace RuleOfLaw.Identity.Tests;

/// <summary>Administrators manage units, accounts and clients; nobody else may.</summary>
public sealed class AdministrationTests(IdentityServiceFactory service) : IClassFixture<IdentityServiceFactory>
{
    [Fact]
    public async Task Administration_API_without_a_token_answers_401()
    {
        using var client = service.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/identity/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/identity/units", new { code = "x-unit", name = "某单位" })).StatusCode);
    }

    [Theory]
    [InlineData("citizen")]
    [InlineData("head.justice")]
    public async Task Administration_API_with_a_token_without_the_admin_role_answers_403(string userName)
    {
        using var client = await SignedInAsync(userName);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/identity/users")).StatusCode);
    }

    [Fact]
    public async Task Admin_creates_a_unit_and_a_staff_member_who_signs_in_acting_for_that_unit()
    {
        using var admin = await SignedInAsync("admin");
        var code = "unit-" + Suffix();
        var unitResponse = await admin.PostAsJsonAsync("/api/identity/units", new { code, name = "区住房和城乡建设局" });
        Assert.Equal(HttpStatusCode.Created, unitResponse.StatusCode);
        var unitId = (await unitResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var userName = "staff." + Suffix();
        var created = await admin.PostAsJsonAsync("/api/identity/users", NewUser(userName, unitId, "unit-staff", "unit-head"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var user = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(userName, user.GetProperty("userName").GetString());
        Assert.False(user.GetProperty("disabled").GetBoolean());
        Assert.Equal(user.GetProperty("id").GetGuid(), (await admin.GetFromJsonAsync<JsonElement>(created.Headers.Location)).GetProperty("id").GetGuid());

        using var tokens = service.CreateTokenClient();
        var token = AccessTokens.Read((await tokens.SignInAsync(userName, "a-good-long-password")).AccessToken);
        Assert.Equal(["unit-head", "unit-staff"], AccessTokens.Values(token, "role").Order(StringComparer.Ordinal));
        Assert.Equal(unitId.ToString(), token.GetClaim("unit_id").Value);
        Assert.Equal(code, token.GetClaim("unit_code").Value);
    }

    [Fact]
    public async Task A_taken_user_name_answers_409()
    {
        using var admin = await SignedInAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/identity/users", NewUser("staff.justice", Demo.JusticeUnit, "unit-staff"));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_taken_unit_code_answers_409()
    {
        using var admin = await SignedInAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/identity/units", new { code = "district-justice", name = "区司法局" });
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task Bad_input_answers_400_naming_each_field()
    {
        using var admin = await SignedInAsync("admin");
        var response = await admin.PostAsJsonAsync("/api/identity/users", new { userName = "Not A Name", displayName = "", password = "short", roles = new[] { "mayor" } });
        await Problems.AssertFieldErrorsAsync(response, "userName", "displayName", "password", "roles");

        var unreadable = await admin.PostAsync("/api/identity/users", new StringContent("{\"userName\":", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, unreadable.StatusCode);

        var badPage = await admin.GetAsync("/api/identity/users?page=0&pageSize=1000");
        await Problems.AssertFieldErrorsAsync(badPage, "page", "pageSize");
    }

    [Fact]
    public async Task Staff_roles_need_a_unit_and_citizens_have_none()
    {
        using var admin = await SignedInAsync("admin");
        await Problems.AssertFieldErrorsAsync(
            await admin.PostAsJsonAsync("/api/identity/users", NewUser("x" + Suffix(), null, "enforcement-officer")), "unitId");
        await Problems.AssertFieldErrorsAsync(
            await admin.PostAsJsonAsync("/api/identity/users", NewUser("x" + Suffix(), Demo.JusticeUnit, "citizen")), "unitId");
        await Problems.AssertFieldErrorsAsync(
            await admin.PostAsJsonAsync("/api/identity/users", NewUser("x" + Suffix(), Guid.NewGuid(), "unit-staff")), "unitId");
        await Problems.AssertFieldErrorsAsync(
            await admin.PostAsJsonAsync("/api/identity/users", NewUser("x" + Suffix(), null, "district-system")), "roles");
    }

    [Fact]
    public async Task Users_are_listed_a_page_at_a_time_with_the_total()
    {
        using var admin = await SignedInAsync("admin");
        var page = await admin.GetFromJsonAsync<JsonElement>($"/api/identity/users?unitId={Demo.JusticeUnit}&page=2&pageSize=4");
        Assert.Equal(6, page.GetProperty("total").GetInt32());
        Assert.Equal(2, page.GetProperty("items").GetArrayLength());

        var legal = await admin.GetFromJsonAsync<JsonElement>("/api/identity/users?role=legal-office");
        Assert.Equal(["legal.government", "legal.justice", "legal.market"], legal.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("userName").GetString()!));
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_their_refresh_token_stops_working()
    {
        using var admin = await SignedInAsync("admin");
        var userName = "leaving." + Suffix();
        var created = await admin.PostAsJsonAsync("/api/identity/users", NewUser(userName, Demo.MarketUnit, "unit-staff"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var tokens = service.CreateTokenClient();
        var before = await tokens.SignInAsync(userName, "a-good-long-password");

        var disabled = await admin.PostAsync($"/api/identity/users/{id}/disable", null);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        Assert.True((await disabled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("disabled").GetBoolean());

        using var fresh = service.CreateTokenClient();
        var login = await fresh.SubmitLoginAsync(TokenClient.Pkce.Create(), userName, "a-good-long-password");
        Assert.Equal(HttpStatusCode.BadRequest, login.StatusCode);
        Assert.Null(login.Headers.Location);

        var refresh = await tokens.RefreshAsync(before.RefreshToken!);
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.Equal("invalid_grant", await TokenClient.ErrorOfAsync(refresh));

        // Still signed in at the login page from before: the next authorization asks for the password again.
        var again = await tokens.AuthorizeAsync(TokenClient.Pkce.Create());
        Assert.StartsWith("/account/login", again.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_roles_reach_the_token_at_the_next_refresh()
    {
        using var admin = await SignedInAsync("admin");
        var userName = "moving." + Suffix();
        var created = await admin.PostAsJsonAsync("/api/identity/users", NewUser(userName, Demo.JusticeUnit, "unit-staff"));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var tokens = service.CreateTokenClient();
        var before = await tokens.SignInAsync(userName, "a-good-long-password");

        var assigned = await admin.PutAsJsonAsync($"/api/identity/users/{id}/assignment", new { unitId = Demo.MarketUnit, roles = new[] { "enforcement-officer" } });
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);

        var token = AccessTokens.Read((await TokenClient.ReadTokensAsync(await tokens.RefreshAsync(before.RefreshToken!))).AccessToken);
        Assert.Equal(["enforcement-officer"], AccessTokens.Values(token, "role"));
        Assert.Equal(Demo.MarketUnit.ToString(), token.GetClaim("unit_id").Value);
    }

    [Fact]
    public async Task A_registered_district_system_gets_tokens_with_the_secret_it_was_given()
    {
        using var admin = await SignedInAsync("admin");
        var clientId = "system-" + Suffix();
        var registered = await admin.PostAsJsonAsync("/api/identity/clients/district-systems", new { clientId, displayName = "区12345热线平台" });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        var secret = (await registered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("clientSecret").GetString()!;

        using var tokens = service.CreateTokenClient();
        var token = AccessTokens.Read((await TokenClient.ReadTokensAsync(await tokens.ClientCredentialsAsync(clientId, secret))).AccessToken);
        Assert.Equal(clientId, token.Subject);
        Assert.Equal("区12345热线平台", token.GetClaim("name").Value);

        var again = await admin.PostAsJsonAsync("/api/identity/clients/district-systems", new { clientId, displayName = "重复" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/identity/clients/{clientId}")).StatusCode);
        Assert.False((await tokens.ClientCredentialsAsync(clientId, secret)).IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_registered_front_end_is_listed_with_its_redirect_addresses()
    {
        using var admin = await SignedInAsync("admin");
        var clientId = "console-" + Suffix();
        var registered = await admin.PostAsJsonAsync("/api/identity/clients/front-ends", new
        {
            clientId,
            displayName = "执法人员工作台",
            redirectUris = new[] { "https://console.example.gov.cn/callback" },
        });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);

        var client = await admin.GetFromJsonAsync<JsonElement>($"/api/identity/clients/{clientId}");
        Assert.Equal("front-end", client.GetProperty("kind").GetString());
        Assert.Equal(["https://console.example.gov.cn/callback"], client.GetProperty("redirectUris").EnumerateArray().Select(u => u.GetString()!));

        var list = await admin.GetFromJsonAsync<JsonElement>("/api/identity/clients?page=1&pageSize=100");
        Assert.Contains(clientId, list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("clientId").GetString()));
        Assert.Contains(Demo.Portal, list.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("clientId").GetString()));

        var bad = await admin.PostAsJsonAsync("/api/identity/clients/front-ends", new { clientId = "console-" + Suffix(), displayName = "x", redirectUris = new[] { "/relative#x" } });
        await Problems.AssertFieldErrorsAsync(bad, "redirectUris[0]");
    }

    private Task<HttpClient> SignedInAsync(string userName) => SignedInAsync(service, userName);

    /// <summary>A client calling the administration API with <paramref name="userName"/>'s access token.</summary>
    internal static async Task<HttpClient> SignedInAsync(IdentityServiceFactory service, string userName, string password = Demo.Password)
    {
        using var tokens = service.CreateTokenClient();
        var accessToken = (await tokens.SignInAsync(userName, password)).AccessToken;
        var client = service.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    private static object NewUser(string userName, Guid? unitId, params string[] roles) =>
        new { userName, displayName = "测试用户", password = "a-good-long-password", unitId, roles };

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];
}
