using Microsoft.Extensions.Logging;

namespace Pathway.Runtime.Telemetry;

/// <summary>
/// The structured properties a log line about a case carries: <see cref="CaseId"/> (a scope
/// round the command's work, and on an exception that leaves it) and <see cref="ErrorCode"/>
/// (the PWxxxx of a refusal or incident), so one query finds every line about a case or a code.
/// </summary>
public static class CaseLog
{
    public const string CaseId = "CaseId";
    public const string ErrorCode = "ErrorCode";

    /// <summary>Every line logged inside carries the case id.</summary>
    public static IDisposable? Begin(ILogger logger, Guid caseId) =>
        logger.BeginScope(new[] { new KeyValuePair<string, object?>(CaseId, caseId) });

    /// <summary>
    /// An exception filter that never catches: it notes which case the exception left, so the
    /// host's refusal line names the case after the scope has ended.
    /// </summary>
    public static bool Mark(Exception exception, Guid caseId)
    {
        if (!exception.Data.Contains(CaseId))
            exception.Data[CaseId] = caseId;
        return false;
    }

    /// <summary>The case an exception left, if it left one.</summary>
    public static Guid? Of(Exception? exception) => exception?.Data[CaseId] as Guid?;
}
