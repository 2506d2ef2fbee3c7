using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Pathway.Host.Tests;

/// <summary>The real host over its own database (SQLite, or PostgreSQL when the run asks for it), the shipped pathway and rules, timers fired by hand on a fake clock.</summary>
public sealed class PathwayHostFactory : WebApplicationFactory<Program>
{
    // A Tuesday, 10:00 in London (GMT): inside the 8am-8pm urgent community response hours.
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private readonly string _folder;
    private readonly ScratchDatabase _database;

    public PathwayHostFactory()
    {
        _folder = Directory.CreateTempSubdirectory("pathway-host-tests-").FullName;
        _database = ScratchDatabase.Create(Path.Combine(_folder, "pathway.db"));
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    /// <summary>The scratch database's own connection string.</summary>
    public string DatabaseConnectionString => _database.ConnectionString;

    /// <summary>Set before the host starts: how the host reaches the same database instead (through a test's link, say).</summary>
    public string? HostConnectionString { get; set; }

    /// <summary>Set before the host starts: a logger provider that sees every line the host logs.</summary>
    public ILoggerProvider? Logs { get; set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var root = Repository.Root;
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", _database.Provider.ToString());
        builder.UseSetting("Database:ConnectionString", HostConnectionString ?? _database.ConnectionString);
        if (Logs is not null)
            builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.UseSetting("Pathway:UseQuartz", "false");
        builder.UseSetting("Pathway:WorkflowsPath", Path.Combine(root, "workflows"));
        builder.UseSetting("Pathway:RulesPath", Path.Combine(root, "rules"));
        builder.UseSetting("Pathway:SpecsPath", Path.Combine(root, "specs"));
        // Tests that want the start-up run ask for it; the rest should not pay for it.
        builder.UseSetting("Pathway:Policy:RunAtStartup", "false");
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(Clock)));
    }

    public async Task<HttpClient> SignInAsync(string username, bool followRedirects = true)
    {
        var client = CreateClient(new() { AllowAutoRedirect = followRedirects });
        var response = await client.PostAsJsonAsync("/api/session", new { username, password = "pathway-demo" });
        response.EnsureSuccessStatusCode();
        return client;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _database.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine: the temp folder is cleaned by the OS.
        }
    }
}
