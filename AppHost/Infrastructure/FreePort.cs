using System.Net;
using System.Net.Sockets;

namespace RuleOfLaw.AppHost.Infrastructure;

public static class FreePort
{
    /// <summary>A port nothing listens on now: the system picks it, so two runs never collide on a fixed one.</summary>
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
