using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Runtime.Storage;

namespace Pathway.Host.Tests.Races;

/// <summary>Walks a fresh case to the step a race needs, one request at a time, and reads its rows straight from the database.</summary>
public sealed class CaseSteps(PathwayHostFactory host)
{
    private readonly Dictionary<string, HttpClient> _clients = [];

    /// <summary>One signed-in client per demo user, shared by every round (HttpClient sends concurrently).</summary>
    public async Task<HttpClient> AsAsync(string username)
    {
        if (!_clients.TryGetValue(username, out var client))
            _clients[username] = client = await host.SignInAsync(username);
        return client;
    }

    public async Task<string> ReferAsync()
    {
        var created = await (await AsAsync("coordinator")).PostAsJsonAsync("/api/referrals", Referrals.Valid());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return created.Headers.Location!.ToString();
    }

    public async Task<string> ReferByFhirAsync(string serviceRequestId)
    {
        var created = await (await AsAsync("coordinator")).PostAsync("/fhir/$process-message", Fhir(FhirBundles.New(serviceRequestId)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return created.Headers.Location!.ToString();
    }

    public static StringContent Fhir(string bundle) => new(bundle, System.Text.Encoding.UTF8, "application/fhir+json");

    public async Task<JsonObject> OpenTaskAsync(string location, string form) =>
        await CaseApi.OpenTaskAsync(await AsAsync("coordinator"), location, form);

    /// <summary>Records the trusted assessment; returns the assessor's username.</summary>
    public async Task<string> AssessAsync(string location)
    {
        var task = await OpenTaskAsync(location, "trusted-assessment");
        var assessor = Staff.For(task["role"]!.GetValue<string>());
        await ExpectOkAsync(CaseApi.CompleteAsync(await AsAsync(assessor), task["id"]!.GetValue<long>(), CaseApi.Assessment(selfNeglect: false)));
        return assessor;
    }

    /// <summary>Assessed, and past the MDT huddle if the rules asked for one: the handover is to be planned.</summary>
    public async Task<string> ToHandoverPlanAsync(string location)
    {
        var assessor = await AssessAsync(location);
        var view = await CaseApi.CaseAsync(await AsAsync("coordinator"), location);
        if (view["tasks"]!.AsArray().Any(t => t!["form"]?.GetValue<string>() == "mdt-decision" && t["status"]!.GetValue<string>() == "Ready"))
        {
            var mdt = await OpenTaskAsync(location, "mdt-decision");
            await ExpectOkAsync(CaseApi.CompleteAsync(await AsAsync("coordinator"), mdt["id"]!.GetValue<long>(), new
            {
                disciplinesPresent = new[] { "district-nurse" }, personInvolvement = "present", carerInvolvement = "no-carers",
                optionsDiscussed = new[] { "Home" }, decision = "Home", riskAccepted = false,
            }));
        }
        return assessor;
    }

    /// <summary>A handover to the GP is requested and awaits the receiving service's answer.</summary>
    public async Task HandoverRequestedAsync(string location)
    {
        var assessor = await ToHandoverPlanAsync(location);
        var plan = await OpenTaskAsync(location, "handover");
        await ExpectOkAsync(CaseApi.CompleteAsync(await AsAsync(assessor), plan["id"]!.GetValue<long>(),
            new { handoverRequired = true, receivingService = "gp", summary = "GP review of falls" }));
    }

    /// <summary>Only the close-case task is left; returns it and the username who may complete it.</summary>
    public async Task<(long TaskId, string Closer)> ToCloseAsync(string location)
    {
        var assessor = await ToHandoverPlanAsync(location);
        var plan = await OpenTaskAsync(location, "handover");
        await ExpectOkAsync(CaseApi.CompleteAsync(await AsAsync(assessor), plan["id"]!.GetValue<long>(), new { handoverRequired = false }));
        var close = await OpenTaskAsync(location, "close-case");
        return (close["id"]!.GetValue<long>(), Staff.For(close["role"]!.GetValue<string>()));
    }

    public async Task<T> ReadAsync<T>(Func<PathwayDbContext, Task<T>> read)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<PathwayDbContext>());
    }

    public Task<int> JournalCountAsync(Guid caseId, string kind) =>
        ReadAsync(db => db.Journal.CountAsync(j => j.CaseId == caseId && j.Kind == kind));

    /// <summary>The journal has exactly the lines the case counts, numbered 1..n: none lost, none written beside the case's version.</summary>
    public async Task AssertJournalWholeAsync(Guid caseId)
    {
        var (length, sequences) = await ReadAsync(async db => (
            (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).JournalLength,
            await db.Journal.Where(j => j.CaseId == caseId).OrderBy(j => j.Sequence).Select(j => j.Sequence).ToListAsync()));
        Assert.Equal(Enumerable.Range(1, length), sequences);
    }

    public static Guid CaseId(string location) => Guid.Parse(location.Split('/')[^1]);

    private static async Task ExpectOkAsync(Task<HttpResponseMessage> sending)
    {
        var response = await sending;
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
