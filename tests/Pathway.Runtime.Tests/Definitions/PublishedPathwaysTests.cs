using Microsoft.Extensions.Time.Testing;
using Pathway.Runtime.Definitions;

namespace Pathway.Runtime.Tests.Definitions;

public sealed class PublishedPathwaysTests
{
    [Fact]
    public void TryGet_AfterTheFreshnessWindow_AsksTheDatabaseAgain()
    {
        // given a remembered version
        var clock = new FakeTimeProvider();
        var published = new PublishedPathways(clock);
        published.Remember("admission-avoidance", "riverside", 7);

        // then it is known until another process could have published since
        Assert.True(published.TryGet("admission-avoidance", "riverside", out var id));
        Assert.Equal(7, id);
        clock.Advance(PublishedPathways.Freshness + TimeSpan.FromSeconds(1));
        Assert.False(published.TryGet("admission-avoidance", "riverside", out _));
    }

    [Fact]
    public void Forget_APathway_ForgetsEveryLocalityOfIt()
    {
        var published = new PublishedPathways(new FakeTimeProvider());
        published.Remember("admission-avoidance", "riverside", 7);
        published.Remember("admission-avoidance", "national", 7);
        published.Remember("other-pathway", "national", 9);

        published.Forget("admission-avoidance");

        Assert.False(published.TryGet("admission-avoidance", "riverside", out _));
        Assert.False(published.TryGet("admission-avoidance", "national", out _));
        Assert.True(published.TryGet("other-pathway", "national", out _));
    }
}
