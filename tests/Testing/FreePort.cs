using System.Net;
using System.Net.Sockets;

namespace RuleOfLaw.Testing;

public static class FreePort
{
    /// <summary>
    /// A port nothing listens on now, below the ephemeral range, as the AppHost picks them: one the system
    /// chose (port 0) could be taken by an outgoing connection before the server binds it.
    /// </summary>
    public static int Next() => AppHost.Infrastructure.FreePort.Pick();

    /// <summary>Polls until something accepts connections on the port.</summary>
    public static async Task WaitUntilListeningAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }
}
