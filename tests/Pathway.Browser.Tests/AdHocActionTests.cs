using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Pathway.Runtime.Storage;
using static Microsoft.Playwright.Assertions;

namespace Pathway.Browser.Tests;

/// <summary>An MDT action made the old way (an ad-hoc task, before the pathway ran them) is marked done on the case page.</summary>
[Collection(HostedAppCollection.Name)]
public sealed class AdHocActionTests(HostedApp app)
{
    [Fact]
    public async Task DistrictNurse_MarksAnAdHocMdtActionDoneOnTheCasePage()
    {
        // given a case with an MDT action made as an ad-hoc task by an earlier version, for the district nurses
        var coordinator = await app.NewPageAsync();
        await SignIn.AsAsync(coordinator, "coordinator");
        var caseId = await Referrals.PostAsync(coordinator, Referrals.Fall("Ada Earlier", "9990000506"));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PathwayDbContext>();
            var first = await db.WorkTasks.AsNoTracking().FirstAsync(t => t.CaseId == caseId);
            db.WorkTasks.Add(new WorkTaskRecord
            {
                CaseId = caseId, Name = "Pendant alarm fitted", Role = "district-nurse", Status = WorkTaskStatus.Ready, Form = "mdt-action",
                Team = first.Team, Locality = first.Locality, CreatedAt = first.CreatedAt,
            });
            await db.SaveChangesAsync();
        }

        // when a district nurse opens the case and marks it done with a note
        var nurse = await app.NewPageAsync();
        await SignIn.AsAsync(nurse, "district-nurse", $"/cases/{caseId}");
        var form = nurse.Locator("form[data-task-form='mdt-action']");
        await form.GetByLabel("Note").FillAsync("Fitted and tested with the person");
        await Accessibility.AssertNoSeriousViolationsAsync(nurse);
        await form.GetByRole(AriaRole.Button, new() { Name = "Mark done" }).ClickAsync();

        // then the page says it is done, the form is gone, and the timeline has it with the note
        await Expect(nurse.Locator(".nhsuk-notification-banner")).ToContainTextAsync("Pendant alarm fitted: done");
        await Expect(nurse.Locator("form[data-task-form='mdt-action']")).ToHaveCountAsync(0);
        await Expect(nurse.GetByText("MDT action done: Pendant alarm fitted")).ToBeVisibleAsync();
        await Expect(nurse.GetByText("Fitted and tested with the person")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(nurse, "ad-hoc-mdt-action-done");
    }
}
