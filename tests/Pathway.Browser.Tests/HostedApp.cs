using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pathway.Testing;

namespace Pathway.Browser.Tests;

/// <summary>
/// The real host on Kestrel (a random loopback port) over a throwaway SQLite file, and one
/// Debian chromium shared by every journey. Timers run without Quartz: no journey waits for one.
/// The host's clock is in the day service's hours whenever the tests run (<see cref="DayServiceClock"/>).
/// </summary>
public sealed class HostedApp : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"pathway-browser-{Environment.ProcessId}-{Environment.TickCount64}.db");
    private readonly DayServiceClock _clock = new();
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The host's services, for a journey that needs rows no current command writes (an earlier version's).</summary>
    public IServiceProvider Services => _factory!.Services;

    /// <summary>Open unless a journey closes it to watch an impact replay in progress (and cancel it).</summary>
    public ReplayHold ReplayHold { get; } = new();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Screenshots land beside the test binaries (bin/ is git-ignored) for a person to look at.</summary>
    public static string ScreenshotFolder { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
            throw new InvalidOperationException($"The browser tests need Debian's chromium at {Chromium}: run ./test.sh, which installs it, or `apt-get install -y chromium`.");
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("Pathway:ConnectionString", $"Data Source={_database}");
            host.UseSetting("Pathway:UseQuartz", "false");
            host.ConfigureTestServices(services =>
            {
                ReplayHold.Install(services);
                services.AddSingleton<TimeProvider>(_clock);
            });
        });
        // A free loopback port: UseKestrel(0) falls back to port 5000, which another host on the machine may hold.
        _factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public Task<IPage> NewPageAsync() => NewPageAsync(1280, 900);

    /// <summary>A fresh browser context (its own cookies) at the given window size: 1366x900 for a desktop, 390x844 for a phone.</summary>
    public async Task<IPage> NewPageAsync(int width, int height)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height }, Locale = "en-GB", TimezoneId = "Europe/London" });
        context.SetDefaultTimeout(15_000);
        // The pages' countdowns read the same time as the host (moved into the day service's hours at night); it flows on from there.
        if (_clock.Shift != TimeSpan.Zero)
            await context.Clock.InstallAsync(new() { TimeDate = _clock.GetUtcNow().UtcDateTime });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }
        if (_factory is not null)
            await _factory.DisposeAsync();
        ReplayHold.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
            File.Delete(file);
    }
}

[CollectionDefinition(Name)]
public sealed class HostedAppCollection : ICollectionFixture<HostedApp>
{
    public const string Name = "hosted app";
}
