using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;

namespace RuleOfLaw.Identity.Tests;

/// <summary>
/// Wrong passwords slow down, then lock, the account they are tried on, from whatever address they come; the
/// account's history records each of them. The service runs on a clock the test moves, so nothing waits.
/// </summary>
public sealed class SignInProtectionTests : IAsyncLifetime
{
    private const string GoodPassword = "a-good-long-password";
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly IdentityServiceFactory _service;

    public SignInProtectionTests() => _service = new IdentityServiceFactory { Time = _time };

    public Task InitializeAsync() => _service.InitializeAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    [Fact]
    public async Task Everyone_after_a_wrong_password_waits_a_second_then_twice_as_long_each_time_whatever_the_password()
    {
        var (userName, _) = await NewAccountAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await LoginAsync(userName, "wrong-1", "203.0.113.1")).StatusCode);
        // At once, from another address, even with the right password: refused without being checked.
        var tooSoon = await LoginAsync(userName, GoodPassword, "198.51.100.2");
        await AssertThrottledAsync(tooSoon, TimeSpan.FromSeconds(1));

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.BadRequest, (await LoginAsync(userName, "wrong-2", "198.51.100.2")).StatusCode);
        await AssertThrottledAsync(await LoginAsync(userName, GoodPassword, "192.0.2.3"), TimeSpan.FromSeconds(2));

        _time.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(userName, GoodPassword, "192.0.2.3")).StatusCode);
        // A success forgets the wrong passwords before it.
        Assert.Equal(HttpStatusCode.BadRequest, (await LoginAsync(userName, "wrong-3", "192.0.2.3")).StatusCode);
        await AssertThrottledAsync(await LoginAsync(userName, GoodPassword, "192.0.2.3"), TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Everyone_five_wrong_passwords_from_five_addresses_lock_the_account_for_15_minutes_and_the_history_shows_them()
    {
        var (userName, id) = await NewAccountAsync();
        string[] addresses = ["203.0.113.10", "203.0.113.11", "198.51.100.12", "192.0.2.13", "2001:db8::14"];

        HttpResponseMessage last = null!;
        for (var i = 0; i < addresses.Length; i++)
        {
            last = await LoginAsync(userName, $"wrong-{i}", addresses[i]);
            _time.Advance(TimeSpan.FromSeconds(Math.Pow(2, i)));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last.StatusCode);
        Assert.Contains("账号已锁定", await last.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var locked = await LoginAsync(userName, GoodPassword, "192.0.2.99");
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("账号已锁定", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.InRange(locked.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));

        using (var admin = await AdministrationTests.SignedInAsync(_service, "admin"))
        {
            var user = await admin.GetFromJsonAsync<JsonElement>($"/api/identity/users/{id}");
            Assert.Equal(JsonValueKind.String, user.GetProperty("lockedUntil").ValueKind);
            var history = await HistoryAsync(admin, id);
            var failures = history.Where(h => h.GetProperty("to").GetString() == "sign-in-failed").Select(h => h.GetProperty("reason").GetString()!).ToList();
            Assert.Equal(5, failures.Count);
            Assert.All(addresses.Zip(failures), p => Assert.Contains(p.First, p.Second, StringComparison.Ordinal));
            Assert.Contains(history, h => h.GetProperty("to").GetString() == "locked");
        }

        _time.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(userName, GoodPassword, "192.0.2.99")).StatusCode);
    }

    [Fact]
    public async Task An_administrator_unlocks_a_locked_account_and_the_history_names_them()
    {
        var (userName, id) = await NewAccountAsync();
        for (var i = 0; i < 5; i++)
        {
            await LoginAsync(userName, $"wrong-{i}", "203.0.113.20");
            _time.Advance(TimeSpan.FromSeconds(Math.Pow(2, i)));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await LoginAsync(userName, GoodPassword, "203.0.113.21")).StatusCode);

        using var admin = await AdministrationTests.SignedInAsync(_service, "admin");
        var unlocked = await admin.PostAsync($"/api/identity/users/{id}/unlock", null);
        Assert.Equal(HttpStatusCode.OK, unlocked.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await unlocked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lockedUntil").ValueKind);

        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(userName, GoodPassword, "203.0.113.21")).StatusCode);
        var history = await HistoryAsync(admin, id);
        var unlock = Assert.Single(history, h => h.GetProperty("to").GetString() == "unlocked");
        Assert.True(Guid.TryParse(unlock.GetProperty("actor").GetString(), out _));
        Assert.Equal("signed-in", history[^1].GetProperty("to").GetString());
    }

    [Fact]
    public async Task Everyone_wrong_passwords_sent_at_once_from_many_addresses_get_one_check()
    {
        var (userName, id) = await NewAccountAsync();
        var clients = Enumerable.Range(1, 8).Select(i => _service.CreateTokenClient(peer: $"203.0.113.{30 + i}")).ToList();

        var answers = await Task.WhenAll(clients.Select((c, i) => c.LoginWithReturnUrlAsync("/", "/", userName, $"wrong-{i}")));

        Assert.Single(answers, a => a.Response.StatusCode == HttpStatusCode.BadRequest);
        Assert.All(answers.Where(a => a.Response.StatusCode != HttpStatusCode.BadRequest), a => Assert.Equal(HttpStatusCode.TooManyRequests, a.Response.StatusCode));
        using var admin = await AdministrationTests.SignedInAsync(_service, "admin");
        Assert.Single(await HistoryAsync(admin, id), h => h.GetProperty("to").GetString() == "sign-in-failed");
        clients.ForEach(c => c.Dispose());
    }

    private async Task<(string UserName, Guid Id)> NewAccountAsync()
    {
        using var admin = await AdministrationTests.SignedInAsync(_service, "admin");
        var userName = "guarded." + Guid.NewGuid().ToString("N")[..8];
        var created = await admin.PostAsJsonAsync("/api/identity/users", new { userName, displayName = "测试用户", password = GoodPassword, unitId = Demo.JusticeUnit, roles = new[] { "unit-staff" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (userName, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
    }

    private async Task<HttpResponseMessage> LoginAsync(string userName, string password, string peer)
    {
        using var client = _service.CreateTokenClient(peer);
        return (await client.LoginWithReturnUrlAsync("/", "/", userName, password)).Response;
    }

    private static async Task AssertThrottledAsync(HttpResponseMessage response, TimeSpan retryAfter)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(retryAfter, response.Headers.RetryAfter?.Delta);
        Assert.Contains("密码错误次数过多", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(response.Headers.Location);
    }

    private static async Task<List<JsonElement>> HistoryAsync(HttpClient admin, Guid id) =>
        [.. (await admin.GetFromJsonAsync<JsonElement>($"/api/identity/users/{id}/history")).EnumerateArray()];
}
