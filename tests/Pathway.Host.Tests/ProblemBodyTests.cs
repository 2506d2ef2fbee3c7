using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Pathway.Host.Tests;

/// <summary>Refusals that once were plain text or a bare status now carry a problem body with a code, and the host logs the code.</summary>
public sealed class ProblemBodyTests : IClassFixture<PathwayHostFactory>, IDisposable
{
    private readonly WebApplicationFactory<Program> _host;
    private readonly CapturedLogs _logs = new();

    public ProblemBodyTests(PathwayHostFactory host)
    {
        _host = host.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<ILoggerProvider>(_logs)));
    }

    [Theory]
    [InlineData(null, "GET", "/api/tasks", 401, "PW4643")]
    [InlineData("nurse", "GET", "/api/pathways", 403, "PW4644")]
    [InlineData("designer", "GET", "/api/pathways/999999/xml", 404, "PW4042")]
    [InlineData("designer", "GET", "/api/rules/999999/json", 404, "PW4042")]
    [InlineData("commissioner", "GET", "/api/measures/no-such-measure.csv", 404, "PW4640")]
    [InlineData("admin", "GET", "/api/no-such-thing", 404, "PW4645")]
    [InlineData("designer", "POST", "/api/rules/no-such-rule-set/evaluate", 404, "PW3101")]
    public async Task Refusal_IsAProblemWithItsCatalogueCode_AndIsLogged(string? user, string method, string path, int status, string code)
    {
        var client = _host.CreateClient(new() { AllowAutoRedirect = false });
        if (user is not null)
            (await client.PostAsJsonAsync("/api/session", new { username = user, password = "pathway-demo" })).EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { }) };

        var response = await client.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(code, (string?)problem?["code"]);
        Assert.Equal(Pathway.DesignerHost.ProblemMapper.Catalogue[code].Title, (string?)problem?["title"]);
        Assert.Contains(_logs.Lines, line => line.Contains(path, StringComparison.Ordinal) && line.Contains(code, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _host.Dispose();
        _logs.Dispose();
    }

    private sealed class CapturedLogs : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => categoryName == typeof(Pathway.DesignerHost.ProblemMapper).FullName ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }
}
