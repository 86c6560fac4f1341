using System.Diagnostics;

namespace RuleOfLaw.Testing;

/// <summary>
/// A server started from one of the repository's scripts (scripts/local), in the foreground, stopped
/// with SIGTERM (the scripts turn it into a fast shutdown) and stopped with the test process at the latest.
/// </summary>
public sealed class LocalServerProcess : IAsyncDisposable
{
    private readonly string _script;
    private readonly string[] _args;
    private Process? _process;

    public LocalServerProcess(string script, params string[] args)
    {
        _script = script;
        _args = args;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Kill();
    }

    /// <summary>Where the server's output goes (not a pipe: the epmd daemon RabbitMQ starts would hold a pipe open).</summary>
    public string LogFile { get; } = Path.Combine(Path.GetTempPath(), $"ruleoflaw-{Guid.NewGuid():N}.log");

    public void Start()
    {
        var start = new ProcessStartInfo("bash") { UseShellExecute = false };
        start.Environment["RULEOFLAW_WATCH_PID"] = Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("exec bash \"$0\" \"$@\" >>\"$RULEOFLAW_SERVER_LOG\" 2>&1");
        start.Environment["RULEOFLAW_SERVER_LOG"] = LogFile;
        start.ArgumentList.Add(Repository.Script(_script));
        foreach (var arg in _args)
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {_script}");
    }

    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>Kills the server and everything under it at once (SIGKILL, no shutdown), as a crash would.</summary>
    public async Task KillAsync()
    {
        if (_process is not { HasExited: false } process)
        {
            return;
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
    }

    /// <summary>At process exit: SIGTERM, so the script stops its server cleanly after we are gone (a forced kill would orphan it).</summary>
    private void Kill()
    {
        try
        {
            if (_process is { HasExited: false } process)
            {
                using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                kill.WaitForExit(2000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
    }
}
