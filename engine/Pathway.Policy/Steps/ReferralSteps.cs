using Pathway.Runtime.Commands;
using Pathway.Runtime.Definitions;
using Pathway.Policy.Support;
using TechTalk.SpecFlow;

namespace Pathway.Policy.Steps;

/// <summary>Building a referral in plain words and sending it to the engine as the host would.</summary>
[Binding]
public sealed class ReferralSteps(PathwayWorld world, CaseUnderTest theCase)
{
    /// <summary>"The national service" is wherever the run checks national policy: national itself, or a locality with no policy of its own.</summary>
    [Given(@"a referral to the (.+) service")]
    public void GivenAReferralTo(string locality) =>
        theCase.Locality = PolicyWords.Locality(locality, world.Locality) is var code && code == Localities.National ? world.Locality : code;

    [Given(@"the referral says:")]
    public void GivenTheReferralSays(Table details)
    {
        foreach (var (field, value) in DetailTable.Read(details))
            theCase.Variables[field] = value;
    }

    [When(@"the referral is received")]
    public async Task WhenTheReferralIsReceived()
    {
        var outcome = await world.SendAsync(new StartCase(CaseUnderTest.PathwayKey, theCase.Locality, theCase.Variables, theCase.Staff("coordinator")));
        theCase.CaseId = outcome.CaseId;
    }
}
