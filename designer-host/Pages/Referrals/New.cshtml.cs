using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Pathway.Cases.Localities;
using Pathway.Cases.People;
using Pathway.Cases.Referrals;
using Pathway.Cases.Validation;
using Pathway.DesignerHost.Api;
using Pathway.DesignerHost.Audit;
using Pathway.DesignerHost.Idempotency;
using Pathway.DesignerHost.Security;
using Pathway.Runtime.Commands;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Referrals;

/// <summary>
/// A referral taken over the phone: the same <see cref="RecordReferral"/> the API sends, then the new case.
/// The form carries an idempotency key made when it was shown, so a second press of the button, or a
/// resend after a dropped connection, finds the case the first made instead of starting another.
/// </summary>
[Authorize(Policy = Policies.CaseWork)]
public sealed class NewModel(PathwayDbContext db, IMediator mediator, TimeProvider clock) : PageModel
{
    /// <summary>The page's keys live apart from the API's, which are scoped by its route.</summary>
    public const string IdempotencyScope = "/referrals/new";
    public const string Channel = "phone";

    [BindProperty]
    public string? IdempotencyToken { get; set; }

    /// <summary>Ticked when the user saw both versions of a known NHS number's details and confirms it is the same person.</summary>
    [BindProperty]
    public bool ConfirmKnownPerson { get; set; }

    /// <summary>Set when the NHS number is known with other details: both versions and the open cases, shown before anything is saved.</summary>
    public KnownPersonDiffersException? KnownPerson { get; private set; }

    public const string ConfirmKnownPersonId = "confirm-known-person";

    /// <summary>The localities the signed-in person serves: the form offers only these.</summary>
    public IReadOnlyList<Choice> Localities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        IdempotencyToken = Guid.NewGuid().ToString();
        await LoadLocalitiesAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadLocalitiesAsync(ct);
        var token = IdempotencyToken?.Trim() is { Length: > 0 and <= 200 } t ? t : null;
        if (token is not null && await IdempotencyKey.FindAsync(db, IdempotencyScope, token, ct) is { } earlier)
            return ToCase(earlier.CaseId, "This referral was already recorded: this is its case");
        var referral = ReferralForm.Read(Request.Form, ModelState);
        try
        {
            if (!ModelState.IsValid)
            {
                // A value that did not parse stops the referral, but the command's own check still lists every other problem in one go.
                ReferralValidator.Validate(referral, clock.GetUtcNow(), [.. (await db.AllLocalitiesAsync(ct)).Select(l => l.Code)]);
                return Page();
            }
            var claim = token is null ? null : new IdempotencyClaim(IdempotencyScope, token, IdempotencyKey.HashOf(referral));
            var recorded = await mediator.Send(new RecordReferral(referral, Channel, User.ToActor(), Idempotency: claim,
                KnownPerson: ConfirmKnownPerson ? KnownPersonDifferences.Confirmed : KnownPersonDifferences.Refuse), ct);
            // Only a recorded referral touched a person's record; a refused form did not.
            await AccessAuditFilter.RecordAsync(db, clock, HttpContext, recorded.CaseId, StatusCodes.Status302Found);
            return ToCase(recorded.CaseId, $"Referral recorded: NEWS2 score {recorded.News2Score}");
        }
        catch (FormInvalidException e)
        {
            ReferralForm.AddServerErrors(e, ModelState);
        }
        catch (KnownPersonDiffersException e)
        {
            KnownPerson = e;
            ModelState.AddModelError(ConfirmKnownPersonId, "This NHS number is known with different details: check them, then confirm it is the same person or correct the NHS number");
        }
        catch (CommandRejectedException e)
        {
            // Two presses raced: the other one started the case.
            if (e.Rejection == Rejection.Conflict && token is not null && await IdempotencyKey.FindAsync(db, IdempotencyScope, token, ct) is { } raced)
                return ToCase(raced.CaseId, "This referral was already recorded: this is its case");
            // A locality the person does not serve is an answer about the locality field.
            ModelState.AddModelError(e.Code == LocalityErrorCodes.NotServed ? ReferralForm.Field("person.locality").Id : "", $"{e.Detail} ({e.Code})");
        }
        return Page();
    }

    private async Task LoadLocalitiesAsync(CancellationToken ct) =>
        Localities = ReferralChoices.Localities(await db.LocalitiesServedByAsync(User.ToActor(), ct));

    private RedirectToPageResult ToCase(Guid caseId, string notice)
    {
        TempData["Notice"] = notice;
        return RedirectToPage("/Cases/Case", new { id = caseId });
    }
}
