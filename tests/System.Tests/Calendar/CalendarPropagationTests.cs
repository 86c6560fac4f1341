using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using RuleOfLaw.Testing;

namespace RuleOfLaw.SystemTests.Calendar;

/// <summary>The administrator keeps the calendar in one place; every service counts working days with the same one.</summary>
public sealed class CalendarPropagationTests : IAsyncLifetime
{
    private readonly DecisionsHost _owner = new();
    private readonly EnforcementHost _copy = new();

    public async Task InitializeAsync() => await Task.WhenAll(_owner.InitializeAsync(), _copy.InitializeAsync());

    public async Task DisposeAsync()
    {
        await _copy.DisposeAsync();
        await _owner.DisposeAsync();
    }

    [Fact]
    public async Task A_year_set_at_the_owner_reaches_the_other_services_and_a_later_save_replaces_it()
    {
        using var owner = _owner.CreateClient();
        using var copy = _copy.CreateClient();
        var first = await owner.PutAsJsonAsync("/api/decisions/calendar/2041", new { holidays = new[] { "2041-01-01" }, adjustedWorkingDays = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await owner.PutAsJsonAsync("/api/decisions/calendar/2041", new { holidays = new[] { "2041-01-01", "2041-01-02" }, adjustedWorkingDays = new[] { "2041-01-05" } });

        var year = await Eventually.Until(
            () => copy.GetFromJsonAsync<JsonElement>("/api/enforcement/calendar/2041"),
            y => y.GetProperty("revision").GetInt64() == 2,
            "enforcement holds revision 2 of 2041");
        Assert.Equal(["2041-01-01", "2041-01-02"], year.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["2041-01-05"], year.GetProperty("adjustedWorkingDays").EnumerateArray().Select(d => d.GetString()));
    }

    [Fact]
    public async Task Only_the_owner_accepts_changes()
    {
        using var copy = _copy.CreateClient();
        var response = await copy.PutAsJsonAsync("/api/enforcement/calendar/2041", new { holidays = Array.Empty<string>(), adjustedWorkingDays = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
