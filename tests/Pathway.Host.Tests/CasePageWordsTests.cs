namespace Pathway.Host.Tests;

/// <summary>The case page says what the case holds in the words staff use, not the codes the rules read.</summary>
public sealed class CasePageWordsTests : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host;

    public CasePageWordsTests(PathwayHostFactory host) => _host = host;

    [Fact]
    public async Task CaseSummary_NamesTheNeedSettingSourceAssessorAndStandardInWords()
    {
        var coordinator = await _host.SignInAsync("coordinator");
        var caseId = (await coordinator.PostAsJsonAsync("/api/referrals", Referrals.Valid())).Headers.Location!.ToString().Split('/')[^1];

        var page = await coordinator.GetStringAsync($"/cases/{caseId}");

        foreach (var words in new[] { "A fall", "Their own home", "NHS 111", "Community physiotherapist", "2-hour urgent response" })
            Assert.Contains(words, page, StringComparison.Ordinal);
        foreach (var code in new[] { ">fall<", ">own-home<", ">community-physiotherapist<", ">2-hour<" })
            Assert.DoesNotContain(code, page, StringComparison.Ordinal);
    }
}
