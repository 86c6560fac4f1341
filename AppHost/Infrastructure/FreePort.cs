using System.Net;
using System.Net.Sockets;

namespace RuleOfLaw.AppHost.Infrastructure;

internal static class FreePort
{
    // Below Linux's ephemeral range (32768 and up): a port the kernel hands out for outgoing connections
    // can be taken by one between this pick and the server's bind, which once left PostgreSQL unable to start.
    private const int First = 20000;
    private const int Last = 32767;
    private static readonly HashSet<int> Picked = [];

    /// <summary>A port nothing listens on now, outside the ephemeral range, never the same twice in one run.</summary>
    public static int Pick()
    {
        lock (Picked)
        {
            while (true)
            {
                var port = Random.Shared.Next(First, Last + 1);
                if (!Picked.Contains(port) && CanBind(port))
                {
                    Picked.Add(port);
                    return port;
                }
            }
        }
    }

    private static bool CanBind(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
