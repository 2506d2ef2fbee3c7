using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Testing.Messages;

namespace Pathway.Host.Tests;

/// <summary>POST /api/messages: a message by name reaches the cases waiting on it, or starts a case at a message start.</summary>
public sealed class MessagesApiTests(PathwayHostFactory host) : IClassFixture<PathwayHostFactory>
{
    private const string Locality = "north-shire";
    private const string NhsNumber = "9434765919"; // synthetic, from the NHS test range

    private async Task PublishFollowUpAsync()
    {
        await using var scope = host.Services.CreateAsyncScope();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var designer = new Actor("designer-1", "Dana Designer (synthetic)", ["designer"], ["north"]);
        await mediator.Send(new SaveDraft(DefinitionKind.Pathway, "discharge-follow-up", Locality, MessagePathways.DischargeFollowUp, designer));
        await mediator.Send(new PublishDefinition(DefinitionKind.Pathway, "discharge-follow-up", Locality, designer));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, object body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await client.SendAsync(request);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(code, (string?)problem?["code"]);
    }

    [Fact]
    public async Task Post_MessageAPathwayStartsOn_StartsOneCase_EvenWhenSentTwiceWithOneIdempotencyKey()
    {
        // given a published pathway that starts on the discharge notification
        await PublishFollowUpAsync();
        var coordinator = await host.SignInAsync("coordinator");
        var body = new { name = MessagePathways.Discharge, locality = Locality, correlationKey = NhsNumber, payload = new { ward = "Elm ward" } };

        // when the hospital sends it, and sends it again
        var first = await PostAsync(coordinator, body, "hospital-msg-1");
        var second = await PostAsync(coordinator, body, "hospital-msg-1");

        // then one case started, and the repeat answers with it
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        var started = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        var repeated = (await second.Content.ReadFromJsonAsync<JsonObject>())!;
        var caseId = Assert.Single(started["started"]!.AsArray())!.GetValue<string>();
        Assert.Equal(caseId, Assert.Single(repeated["started"]!.AsArray())!.GetValue<string>());
        Assert.Equal((false, true), (started["replay"]!.GetValue<bool>(), repeated["replay"]!.GetValue<bool>()));
        var journal = await coordinator.GetStringAsync($"/api/cases/{caseId}/journal");
        Assert.Contains(MessagePathways.Discharge, journal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SameIdempotencyKeyWithAnotherMessage_Is409()
    {
        await PublishFollowUpAsync();
        var coordinator = await host.SignInAsync("coordinator");
        await PostAsync(coordinator, new { name = MessagePathways.Discharge, locality = Locality, correlationKey = NhsNumber }, "hospital-msg-2");

        var reused = await PostAsync(coordinator, new { name = MessagePathways.Discharge, locality = Locality, correlationKey = "9434765870" }, "hospital-msg-2");

        await AssertProblemAsync(reused, HttpStatusCode.Conflict, ApiErrors.DeliveryIdReused);
    }

    [Fact]
    public async Task Post_MessageNothingWaitsForOrStartsOn_Is404WithItsCode()
    {
        var coordinator = await host.SignInAsync("coordinator");

        var response = await PostAsync(coordinator, new { name = "no-such-message", locality = Locality });

        await AssertProblemAsync(response, HttpStatusCode.NotFound, ApiErrors.MessageNotCorrelated);
    }

    [Theory]
    [InlineData(null, Locality)]
    [InlineData("  ", Locality)]
    [InlineData(MessagePathways.Discharge, null)]
    public async Task Post_WithoutANameOrLocality_Is400WithItsCode(string? name, string? locality)
    {
        var coordinator = await host.SignInAsync("coordinator");

        var response = await PostAsync(coordinator, new { name, locality });

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, ApiErrors.MessageUnnamed);
    }

    [Fact]
    public async Task Post_WithAnEmptyIdempotencyKey_Is400()
    {
        var coordinator = await host.SignInAsync("coordinator");

        var response = await PostAsync(coordinator, new { name = MessagePathways.Discharge, locality = Locality }, " ");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, ApiErrors.IdempotencyKeyInvalid);
    }
}
