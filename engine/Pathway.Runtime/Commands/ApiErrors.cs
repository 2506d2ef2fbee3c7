using Pathway.Engine.Errors;

namespace Pathway.Runtime.Commands;

/// <summary>
/// Stable codes for a refused request or case command (PW4xxx), each with one meaning; the API
/// answers them as problem details with this title and status, and the logs and pages show them.
/// </summary>
public static class ApiErrors
{
    // The request itself
    [Error("The request could not be read", Status = 400)] public const string RequestUnreadable = "PW4000";
    [Error("The request body is not valid JSON", Status = 400)] public const string BodyNotJson = "PW4001";
    [Error("There is no published pathway for this locality", Status = 404)] public const string NoPublishedPathway = "PW4004";
    [Error("Give exactly one person or role to reassign to", Status = 400)] public const string ReassignTarget = "PW4005";
    [Error("The task takes another form", Status = 400)] public const string WrongForm = "PW4006";
    [Error("Give both username and password", Status = 400)] public const string SignInIncomplete = "PW4007";
    [Error("The Idempotency-Key header is not valid", Status = 400)] public const string IdempotencyKeyInvalid = "PW4008";
    [Error("Unknown username or wrong password", Status = 401)] public const string SignInRefused = "PW4010";
    [Error("The request is too large", Status = 413)] public const string RequestTooLarge = "PW4130";
    [Error("The request is not valid", Status = 400)] public const string FormInvalid = "PW4220";
    [Error("The Idempotency-Key was used with another body", Status = 422)] public const string IdempotencyKeyReused = "PW4221";

    // Who may do it
    [Error("You do not hold the task's role", Status = 403)] public const string RoleNotHeld = "PW4030";
    [Error("Only the owner or a coordinator may release the task", Status = 403)] public const string ReleaseNotOwner = "PW4031";
    [Error("Only a coordinator may reassign tasks", Status = 403)] public const string ReassignNotCoordinator = "PW4032";
    [Error("Only a clinician with a discipline may review an assessment", Status = 403)] public const string ReviewerWithoutDiscipline = "PW4033";
    [Error("The case belongs to a team you are not in", Status = 403)] public const string TeamNotYours = "PW4034";

    // What it names
    [Error("There is no such task", Status = 404)] public const string TaskNotFound = "PW4040";
    [Error("There is no such case", Status = 404)] public const string CaseNotFound = "PW4041";
    [Error("There is no such pathway or rule set version", Status = 404)] public const string DefinitionNotFound = "PW4042";
    [Error("There is no referral with this identifier", Status = 404)] public const string ReferralNotFound = "PW4043";

    // The state it meets
    [Error("The task is already done", Status = 409)] public const string TaskAlreadyDone = "PW4090";
    [Error("The task is not part of the pathway", Status = 409)] public const string TaskOutsidePathway = "PW4091";
    [Error("The task is claimed by someone else", Status = 409)] public const string TaskClaimedByOther = "PW4092";
    [Error("A request with this Idempotency-Key is still being processed", Status = 409)] public const string IdempotentRequestInProgress = "PW4093";
    [Error("The referral was already revoked", Status = 409)] public const string ReferralAlreadyRevoked = "PW4094";
    [Error("The task changed meanwhile", Status = 409)] public const string TaskChangedMeanwhile = "PW4095";
    [Error("The task is not claimed", Status = 409)] public const string TaskNotClaimed = "PW4096";
    [Error("The case already has a trusted assessment", Status = 409)] public const string AssessmentAlreadyRecorded = "PW4097";
    [Error("The case has no trusted assessment yet", Status = 409)] public const string NoAssessmentYet = "PW4098";
    [Error("Another discipline must review the assessment", Status = 409)] public const string SameDisciplineReview = "PW4099";
    [Error("The assessment is challenged and awaits its revision", Status = 409)] public const string AssessmentAwaitsRevision = "PW4100";
    [Error("The task is not a revision task", Status = 409)] public const string NotARevisionTask = "PW4101";
    [Error("The case has no handover awaiting a response", Status = 409)] public const string NoHandoverAwaiting = "PW4102";

    // Localities and who serves them (PW4620-4639)
    [Error("You do not serve the referral's locality", Status = 403)] public const string LocalityNotServed = "PW4620";
    [Error("A locality with this code already exists", Status = 409)] public const string LocalityCodeTaken = "PW4621";
    [Error("There is no such locality", Status = 404)] public const string LocalityNotFound = "PW4622";
    [Error("The locality changed since you opened it", Status = 409)] public const string LocalityChangedMeanwhile = "PW4623";
    [Error("Only an administrator adds or changes localities", Status = 403)] public const string LocalityAdministratorsOnly = "PW4624";

    // Codes given in place of duplicates, and for refusals that had none (PW4640-4659)
    [Error("There is no such measure", Status = 404)] public const string MeasureNotFound = "PW4640";
    [Error("The pathway is not waiting for a handover response", Status = 409)] public const string HandoverNotAwaited = "PW4641";
    [Error("The revision task has no challenge", Status = 409)] public const string NoChallengeForRevision = "PW4642";
    [Error("Not signed in", Status = 401)] public const string NotSignedIn = "PW4643";
    [Error("Not allowed", Status = 403)] public const string NotAllowed = "PW4644";
    [Error("There is no such resource", Status = 404)] public const string NoSuchResource = "PW4645";
    [Error("The method is not allowed here", Status = 405)] public const string MethodNotAllowed = "PW4646";
    [Error("The content type is not supported", Status = 415)] public const string UnsupportedMediaType = "PW4647";
    [Error("There is no draft of this rule set", Status = 404)] public const string NoRuleSetDraft = "PW4648";

    // Impact runs: a draft replayed over past referrals in the background (PW4740-4759)
    [Error("There is no such impact run on this host", Status = 404)] public const string NoImpactRun = "PW4740";
    [Error("Drafts of this kind cannot be replayed here", Status = 422)] public const string NoReplayForKind = "PW4741";
    [Error("There is no such impact report", Status = 404)] public const string NoImpactReport = "PW4742";
    [Error("The period to replay must be 1 to 3650 days", Status = 400)] public const string ReplayPeriodInvalid = "PW4743";

    // Races on one case: the loser is told the state the winner left (PW460x)
    [Error("The case kept changing; try again", Status = 409)] public const string CaseBusy = "PW4600";
    [Error("Another request recorded this first", Status = 409)] public const string WrittenMeanwhile = "PW4601";
    [Error("This discipline has already reviewed this assessment version", Status = 409)] public const string AlreadyReviewed = "PW4602";
    [Error("The handover was already answered", Status = 409)] public const string HandoverAnswered = "PW4603";
    [Error("The case has ended", Status = 409)] public const string CaseEnded = "PW4604";
    [Error("The task is in someone else's hands: release it before reassigning", Status = 409)] public const string TaskInOtherHands = "PW4605";

    // Screens that ask the commands' permission rules (PW4660-4679)
    [Error("Only the receiving service or a coordinator answers the handover", Status = 403)] public const string NotReceivingService = "PW4662";
    [Error("A review task is done by accepting or challenging the assessment", Status = 400)] public const string ReviewThroughAssessment = "PW4663";

    // Moving open cases to another pathway version (PW4720-4739)
    [Error("The case cannot move to this version where it stands", Status = 409)] public const string CaseCannotMigrate = "PW4720";
    [Error("Cases move only to a published version: a draft can still change", Status = 409)] public const string MigrationTargetIsDraft = "PW4721";
    [Error("The case runs another pathway", Status = 409)] public const string CaseOnOtherPathway = "PW4722";
    [Error("The version is for another locality than the case's", Status = 409)] public const string MigrationTargetElsewhere = "PW4723";
    [Error("There is no draft of this pathway", Status = 404)] public const string NoPathwayDraft = "PW4724";
    [Error("There is no version of this pathway to move cases to", Status = 404)] public const string NoMigrationTarget = "PW4725";

    // The record of a person (PW468x)
    [Error("This NHS number is known with different details", Status = 409)] public const string KnownPersonDiffers = "PW4680";
    [Error("There is no such case status", Status = 400)] public const string UnknownCaseStatus = "PW4681";

    // Messages correlated by name: to the cases waiting on them, or starting cases (PW4780-4789)
    [Error("No case waits for the message and no published pathway starts on it", Status = 404)] public const string MessageNotCorrelated = "PW4780";
    [Error("Name the message and the locality it is for", Status = 400)] public const string MessageUnnamed = "PW4781";
    [Error("This delivery id (Idempotency-Key) was already used for another message", Status = 409)] public const string DeliveryIdReused = "PW4782";

    // The access audit (PW4700-4719)
    [Error("Opening this person's record needs a reason", Status = 403)] public const string AccessNeedsReason = "PW4700";
}
