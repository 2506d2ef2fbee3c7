using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>
/// An administrator reads the access audit as sentences, filters it by the person's NHS number, downloads the
/// filtered rows, and opens a record only after giving a reason, which the audit then shows.
/// </summary>
[Collection(HostedAppCollection.Name)]
public sealed class AuditTests(HostedApp app)
{
    private const string NhsNumber = "9803547410";
    private const string Name = "Audrey Auditson";

    [Fact]
    public async Task Administrator_FiltersTheAuditByNhsNumber_AndOpensARecordOnlyWithAReason()
    {
        // given a nurse who opened a person's case page
        var nurse = await app.NewPageAsync();
        await SignIn.AsAsync(nurse, "nurse");
        var caseId = await Referrals.PostAsync(nurse, Referrals.Fall(Name, NhsNumber));
        await nurse.GotoAsync($"/cases/{caseId}");
        await Expect(nurse.Locator("h1")).ToContainTextAsync(Name);

        // when an administrator filters the audit by that NHS number
        var admin = await app.NewPageAsync(1366, 900);
        await SignIn.AsAsync(admin, "admin");
        await admin.GotoAsync("/audit");
        await admin.GetByLabel("NHS number").FillAsync("980 354 7410");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        // then each row says who did what to whose record, and when
        var rows = admin.Locator("[data-audit-row]");
        await Expect(rows.Filter(new() { HasText = $"nurse opened the case page of {Name} (NHS number 980 354 7410) at " })).ToHaveCountAsync(1);
        await Expect(rows.Filter(new() { HasText = $"nurse recorded a referral, starting the record of {Name}" })).ToHaveCountAsync(1);
        Assert.Equal(0, await rows.Filter(new() { HasNotText = Name }).CountAsync());
        await Screenshots.SaveAsync(admin, "audit-filtered-by-nhs-number");
        await Accessibility.AssertNoSeriousViolationsAsync(admin);

        // and the CSV holds the same filtered rows, in the same words
        var csv = await (await admin.APIRequest.GetAsync(await admin.Locator("[data-audit-csv]").GetAttributeAsync("href") ?? "")).TextAsync();
        Assert.Contains($"nurse opened the case page of {Name} (NHS number 980 354 7410)", csv, StringComparison.Ordinal);
        Assert.Equal(await rows.CountAsync() + 1, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        // when the administrator opens the record, they are asked why before anything of it is shown
        await rows.First.GetByRole(AriaRole.Link, new() { Name = "Open the record" }).ClickAsync();
        await Expect(admin.Locator("h1")).ToHaveTextAsync("Why are you opening this person's record?");
        await Expect(admin.Locator("body")).Not.ToContainTextAsync(Name);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Open the record" }).ClickAsync();
        await Expect(admin.Locator(".nhsuk-error-summary")).ToContainTextAsync("Enter why you need to open this person's record");
        await Accessibility.AssertNoSeriousViolationsAsync(admin);
        await Screenshots.SaveAsync(admin, "audit-reason-asked");
        await admin.GetByLabel("Why are you opening this person's record?").FillAsync("Subject access request from the person's solicitor");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Open the record" }).ClickAsync();
        await Expect(admin.Locator("h1")).ToContainTextAsync(Name);

        // then the audit shows that opening, with the reason given
        await admin.GotoAsync($"/audit?user=admin&nhs={NhsNumber}");
        var opened = admin.Locator("[data-audit-row]").Filter(new() { HasText = $"admin opened the case page of {Name}" });
        await Expect(opened).ToHaveCountAsync(1);
        await Expect(opened).ToContainTextAsync("Subject access request from the person's solicitor");
        await Screenshots.SaveAsync(admin, "audit-administrator-reason");
    }
}
