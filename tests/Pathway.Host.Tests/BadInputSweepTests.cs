using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Runtime.Storage;

namespace Pathway.Host.Tests;

/// <summary>
/// Walks the host's own OpenAPI document and sends every operation broken bodies, parameters and
/// headers. No answer is a 500; every refusal is a problem with a PWxxxx code (an OperationOutcome
/// for FHIR); and no table changes. The access-audit table is left out of the comparison: reads
/// and refused requests to case data are audited by design.
/// </summary>
public sealed class BadInputSweepTests : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host;

    public BadInputSweepTests(PathwayHostFactory host) => _host = host;

    [Fact]
    public async Task EveryOperation_GivenBrokenInput_RefusesWithACodeAndChangesNothing()
    {
        // given real data for the path parameters, and every client signed in
        var data = new MatrixData(_host);
        var values = await SweepValues.CreateAsync(_host, data);
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        foreach (var user in new[] { "coordinator", "designer", "commissioner", "admin" })
            clients[user] = await _host.SignInAsync(user, followRedirects: false);
        var document = (await _host.CreateClient().GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
        await clients["commissioner"].GetAsync("/api/measures"); // the measures catch up with the set-up first
        var before = await ChecksumsAsync();

        // when every operation gets every broken input
        var failures = new List<string>();
        var accepted = new List<string>();
        var sent = 0;
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in operations!.AsObject())
            {
                var client = clients[SweepValues.UserFor(method.ToUpperInvariant(), path)];
                foreach (var broken in BrokenInputs.For(document, method.ToUpperInvariant(), path, operation!.AsObject(), values))
                {
                    sent++;
                    using var request = broken.Request;
                    var response = await client.SendAsync(request);
                    if (await ProblemWith(path, response) is { } problem)
                        failures.Add($"{method.ToUpperInvariant()} {path} with {broken.Name}: {problem}");
                    else if (method != "get" && response.IsSuccessStatusCode)
                        accepted.Add($"{method.ToUpperInvariant()} {path} accepted {broken.Name} ({(int)response.StatusCode})");
                }
            }
        }

        // then nothing failed and nothing changed
        var after = await ChecksumsAsync();
        var changed = before.Where(t => after[t.Key] != t.Value).Select(t => $"table {t.Key} changed").ToList();
        failures.AddRange(changed);
        if (changed.Count > 0)
            failures.AddRange(accepted);
        Assert.True(sent > 200, $"only {sent} broken requests were sent: is the OpenAPI document complete?");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static async Task<string?> ProblemWith(string path, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        var brief = body.Length > 300 ? body[..300] : body;
        if (status >= 500)
            return $"{status} {brief}";
        if (status < 400)
            return null;
        var type = response.Content.Headers.ContentType?.MediaType ?? "";
        if (path.StartsWith("/fhir", StringComparison.Ordinal) && type == "application/fhir+json")
            return body.Contains("\"OperationOutcome\"", StringComparison.Ordinal) ? null : $"{status} without an OperationOutcome: {brief}";
        if (type != "application/problem+json")
            return $"{status} as '{type}', not a problem: {brief}";
        var code = JsonNode.Parse(body)?["code"]?.GetValue<string>();
        return code is { Length: 6 } && code.StartsWith("PW", StringComparison.Ordinal) ? null : $"{status} problem without a code: {brief}";
    }

    /// <summary>A hash of every row of every table but the access audit, by table.</summary>
    private async Task<Dictionary<string, string>> ChecksumsAsync()
    {
        string audit;
        await using (var scope = _host.Services.CreateAsyncScope())
            audit = scope.ServiceProvider.GetRequiredService<PathwayDbContext>().Model.FindEntityType(typeof(AccessAuditRecord))!.GetTableName()!;
        var connectionString = _host.Services.GetRequiredService<IConfiguration>()["Pathway:ConnectionString"];
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                tables.Add(reader.GetString(0));
        }
        var sums = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => t != audit))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            await using var reader = await select.ExecuteReaderAsync();
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            while (await reader.ReadAsync())
                for (var i = 0; i < reader.FieldCount; i++)
                    hash.AppendData(Encoding.UTF8.GetBytes($"{reader.GetValue(i)}\u001f"));
            sums[table] = Convert.ToHexString(hash.GetHashAndReset());
        }
        return sums;
    }
}
