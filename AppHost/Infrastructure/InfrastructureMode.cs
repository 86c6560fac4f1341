using System.Diagnostics;
using Microsoft.Extensions.Configuration;

namespace RuleOfLaw.AppHost.Infrastructure;

public enum InfrastructureKind
{
    Containers,
    Local,
}

/// <summary>
/// Chooses how PostgreSQL and RabbitMQ run. <c>Infrastructure:Mode</c> = containers | local | auto
/// (default). Auto asks the container runtime Aspire would use; with no engine an AppHost in
/// container mode would not fail but wait forever, so the question is asked up front.
/// </summary>
public static class InfrastructureMode
{
    public static InfrastructureKind Resolve(IConfiguration configuration)
    {
        var mode = configuration["Infrastructure:Mode"] ?? "auto";
        return mode.ToUpperInvariant() switch
        {
            "CONTAINERS" => InfrastructureKind.Containers,
            "LOCAL" => InfrastructureKind.Local,
            "AUTO" => ContainerRuntimeAnswers(configuration["ASPIRE_CONTAINER_RUNTIME"] ?? "docker") ? InfrastructureKind.Containers : InfrastructureKind.Local,
            _ => throw new InvalidOperationException($"Infrastructure:Mode must be containers, local or auto, not '{mode}'."),
        };
    }

    private static bool ContainerRuntimeAnswers(string runtime)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(runtime, "info")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            if (process is null)
            {
                return false;
            }

            process.StandardOutput.ReadToEndAsync();
            process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(15)))
            {
                process.Kill(entireProcessTree: true);
                return false;
            }

            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // not installed
        }
    }
}
