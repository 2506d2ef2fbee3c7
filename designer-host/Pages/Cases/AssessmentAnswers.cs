using System.Globalization;
using Pathway.DesignerHost.TaskForms;
using Pathway.Engine.Time;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Pages.Cases;

/// <summary>One answer that changed between two versions of the trusted assessment.</summary>
public sealed record AnswerChange(string Label, string Before, string After);

/// <summary>A trusted assessment's answers in words, the changes between versions, and a revision's starting answers.</summary>
public static class AssessmentAnswers
{
    public static TaskForm Form => TaskFormCatalog.For(Pathway.Cases.Assessments.AssessmentJournalKinds.Form);

    public static IReadOnlyDictionary<string, object?> Of(AssessmentRecord assessment) => CaseStateJson.DeserializeData(assessment.FormJson);

    public static string Show(FormField field, object? value) => value switch
    {
        null => "Not recorded",
        bool b => b ? "Yes" : "No",
        string s when field.Kind == FieldKind.UkDateTime && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            => TimeZoneInfo.ConvertTime(at, ServiceTimeZone.UnitedKingdom).ToString("d MMM yyyy HH:mm", CultureInfo.GetCultureInfo("en-GB")),
        _ => field.LabelOf(Convert.ToString(value, CultureInfo.InvariantCulture)),
    };

    /// <summary>What a later version answers differently, in form order.</summary>
    public static IReadOnlyList<AnswerChange> Changes(AssessmentRecord before, AssessmentRecord after)
    {
        var (old, now) = (Of(before), Of(after));
        return [.. Form.Fields
            .Select(f => new AnswerChange(f.Label, Show(f, old.GetValueOrDefault(f.Name)), Show(f, now.GetValueOrDefault(f.Name))))
            .Where(c => c.Before != c.After)];
    }

    /// <summary>The form inputs' text for a revision, so it starts from the last version rather than a blank form.</summary>
    public static IReadOnlyDictionary<string, string> Prefill(AssessmentRecord assessment)
    {
        var answers = Of(assessment);
        var prefill = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in Form.Fields)
        {
            if (answers.GetValueOrDefault(field.Name) is not { } value)
                continue;
            prefill[field.Name] = value switch
            {
                bool b => b ? "yes" : "no",
                // The datetime-local input reads UK local time without an offset.
                string s when field.Kind == FieldKind.UkDateTime && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
                    => TimeZoneInfo.ConvertTime(at, ServiceTimeZone.UnitedKingdom).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
                _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
            };
        }
        return prefill;
    }
}
