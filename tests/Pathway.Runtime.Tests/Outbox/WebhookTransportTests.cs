using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Runtime.Outbox;

namespace Pathway.Runtime.Tests.Outbox;

public sealed class WebhookTransportTests : IAsyncLifetime, IDisposable
{
    private const string Locality = "webhook-shire";


    private readonly Receiver _receiver = new();
    private TestEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync(services =>
            services.AddSingleton<IMessageTransport>(new WebhookMessageTransport(new HttpClient(_receiver), new Uri("http://127.0.0.1:9/messages"))));
        await _engine.SendAsync(new SaveDraft(DefinitionKind.Pathway, "gp-letter", Locality, EventPathways.SendsGpLetter, TestEngine.Coordinator));
        await _engine.SendAsync(new PublishDefinition(DefinitionKind.Pathway, "gp-letter", Locality, TestEngine.Coordinator));
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    public void Dispose() => _receiver.Dispose();

    [Fact]
    public async Task Webhook_ReceivesTheMessageWithItsDeliveryId_AndAFailedPostIsTriedAgainLater()
    {
        // given the receiver is down at first
        _receiver.Answers.Enqueue(HttpStatusCode.ServiceUnavailable);
        var sending = await _engine.SendAsync(new StartCase("gp-letter", Locality, Referrals.FallAtHome(("correlationKey", "9434765919")), TestEngine.Coordinator));
        await _engine.DeliverOutboxAsync();
        var row = await _engine.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync());
        Assert.Null(row.DeliveredAt);
        Assert.Contains("503", row.LastError, StringComparison.Ordinal);

        // when it is back and the retry delay has passed
        _engine.Clock.Advance(TimeSpan.FromSeconds(5));
        await _engine.DeliverOutboxAsync();
        await _engine.DeliverOutboxAsync();

        // then it was posted twice in all (once refused), with the same delivery id, and is now delivered
        Assert.Equal(2, _receiver.Posts.Count);
        Assert.All(_receiver.Posts, p => Assert.Equal(row.DeliveryId.ToString(), p.Key));
        Assert.Contains("\"correlationKey\":\"9434765919\"", _receiver.Posts[^1].Body, StringComparison.Ordinal);
        Assert.Contains(sending.CaseId.ToString(), _receiver.Posts[^1].Body, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull((await _engine.QueryAsync(db => db.Outbox.AsNoTracking().SingleAsync())).DeliveredAt);
    }

    /// <summary>The receiving endpoint: records each post and answers from a queue (200 when empty).</summary>
    private sealed class Receiver : HttpMessageHandler
    {
        public Queue<HttpStatusCode> Answers { get; } = new();

        public List<(string? Key, string Body)> Posts { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var key = request.Headers.TryGetValues(WebhookMessageTransport.IdempotencyHeader, out var values) ? values.Single() : null;
            Posts.Add((key, await request.Content!.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(Answers.TryDequeue(out var status) ? status : HttpStatusCode.OK);
        }
    }
}
