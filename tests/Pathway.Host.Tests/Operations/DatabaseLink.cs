using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Pathway.Host.Tests.Operations;

/// <summary>
/// A loopback TCP link between a host and its PostgreSQL server that a test can cut, as a lost
/// network or a server gone down would: every open connection breaks and new ones are hung up
/// on at once, for this host only, while the server and every other test carry on.
/// </summary>
public sealed class DatabaseLink : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _serverHost;
    private readonly int _serverPort;
    private readonly ConcurrentDictionary<TcpClient, byte> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private volatile bool _cut;
    private byte[]? _cutMarker;
    private int _cutCountdown;

    /// <summary>Links to the server of <paramref name="connectionString"/>; <see cref="ConnectionString"/> is the same database through the link.</summary>
    public DatabaseLink(string connectionString, bool cut = false)
    {
        var server = new NpgsqlConnectionStringBuilder(connectionString);
        _serverHost = server.Host!;
        _serverPort = server.Port;
        _cut = cut;
        _listener.Start();
        server.Host = "127.0.0.1";
        server.Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        ConnectionString = server.ConnectionString;
        _accepting = AcceptAsync();
    }

    public string ConnectionString { get; }

    /// <summary>Breaks every connection through the link and hangs up on new ones until <see cref="Restore"/>.</summary>
    public void Cut()
    {
        _cut = true;
        foreach (var client in _open.Keys)
            client.Dispose();
    }

    public void Restore() => _cut = false;

    /// <summary>
    /// Cuts the link just after the host has sent <paramref name="marker"/> (a piece of SQL) for the
    /// <paramref name="occurrence"/>th time, to break it in the middle of a known piece of work.
    /// </summary>
    public void CutAfterSending(string marker, int occurrence)
    {
        _cutCountdown = occurrence;
        _cutMarker = System.Text.Encoding.UTF8.GetBytes(marker);
    }

    /// <summary>Host to server, watching for the marker of <see cref="CutAfterSending"/>.</summary>
    private async Task ForwardAsync(Stream from, Stream to)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = await from.ReadAsync(buffer, _stop.Token)) > 0)
        {
            await to.WriteAsync(buffer.AsMemory(0, read), _stop.Token);
            if (_cutMarker is { } marker && Occurrences(buffer.AsSpan(0, read), marker) is > 0 and var seen
                && Interlocked.Add(ref _cutCountdown, -seen) <= 0)
            {
                _cutMarker = null;
                Cut();
                return;
            }
        }
    }

    private static int Occurrences(ReadOnlySpan<byte> text, ReadOnlySpan<byte> marker)
    {
        var count = 0;
        int at;
        while ((at = text.IndexOf(marker)) >= 0)
        {
            count++;
            text = text[(at + marker.Length)..];
        }
        return count;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        await _accepting;
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            if (_cut)
            {
                client.Dispose();
                continue;
            }
            _ = PipeAsync(client);
        }
    }

    private async Task PipeAsync(TcpClient client)
    {
        var server = new TcpClient();
        _open[client] = 0;
        _open[server] = 0;
        try
        {
            await server.ConnectAsync(_serverHost, _serverPort, _stop.Token);
            var up = ForwardAsync(client.GetStream(), server.GetStream());
            var down = server.GetStream().CopyToAsync(client.GetStream(), _stop.Token);
            await Task.WhenAny(up, down);
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The link was cut, or one side hung up: the other side is hung up on below.
        }
        finally
        {
            _open.TryRemove(client, out _);
            _open.TryRemove(server, out _);
            client.Dispose();
            server.Dispose();
        }
    }
}
