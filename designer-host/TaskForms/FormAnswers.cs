using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Pathway.Cases.Validation;

namespace Pathway.DesignerHost.TaskForms;

/// <summary>
/// Reads a posted task form into the JSON form data the API takes (yes/no as booleans, numbers as
/// numbers, lists as arrays, dotted names nested), and puts every problem, the page's own or the
/// server's, against its field's input for the NHS error summary.
/// </summary>
public static class FormAnswers
{
    public const string Prefix = "output.";

    /// <summary>The form's input ids in page order, for the error summary (ViewData["FieldOrder"]).</summary>
    public static IReadOnlyList<string> FieldOrder(TaskForm form, long taskId) => [.. form.Fields.Select(f => f.InputId(taskId))];

    public static JsonElement Read(TaskForm form, long taskId, IFormCollection posted, ModelStateDictionary errors)
    {
        var output = new JsonObject();
        foreach (var field in form.Fields)
        {
            var values = posted[Prefix + field.Name].Select(v => v?.Trim() ?? "").Where(v => v.Length > 0).ToList();
            if (values.Count == 0)
            {
                if (field.Required || (field.RequiredWhen is { } when && posted[Prefix + when.Field].ToString().Trim() == when.Value))
                    errors.AddModelError(field.InputId(taskId), Missing(field));
                continue;
            }
            var raw = values[0];
            JsonNode? value;
            switch (field.Kind)
            {
                case FieldKind.YesNo:
                    value = raw == "yes";
                    break;
                case FieldKind.Number when long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number):
                    value = number;
                    break;
                case FieldKind.Number:
                    errors.AddModelError(field.InputId(taskId), $"{field.Label} must be a whole number, like 6");
                    continue;
                case FieldKind.UkDateTime when DateTime.TryParseExact(raw, "yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local):
                    var zone = Pathway.Engine.Time.ServiceTimeZone.UnitedKingdom;
                    value = new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
                    break;
                case FieldKind.UkDateTime:
                    errors.AddModelError(field.InputId(taskId), $"{field.Label} must be a date and time, like 2026-11-25T10:30");
                    continue;
                case FieldKind.Checkboxes:
                    value = new JsonArray([.. values.Select(v => (JsonNode?)v)]);
                    break;
                case FieldKind.Lines:
                    value = new JsonArray([.. raw.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => (JsonNode?)l)]);
                    break;
                default:
                    value = raw;
                    break;
            }
            Put(output, field.Name, value);
        }
        return JsonSerializer.SerializeToElement(output);
    }

    /// <summary>
    /// The server's field errors against the inputs that hold them, in the field's own words: the API's
    /// messages name properties and list codes, which a person filling in the form never sees.
    /// </summary>
    public static void AddServerErrors(FormInvalidException refusal, TaskForm form, long taskId, ModelStateDictionary errors)
    {
        foreach (var (name, messages) in refusal.Errors)
        {
            // A missing group (positiveRiskTaking) is missing in each of its fields.
            var fields = form.Fields.Where(f => f.Name == name).ToList() is { Count: > 0 } exact ? exact
                : form.Fields.Where(f => f.Name.StartsWith(name + ".", StringComparison.Ordinal)).ToList();
            if (fields.Count == 0)
            {
                foreach (var message in messages)
                    errors.AddModelError("", $"Check the answers: {message}");
                continue;
            }
            foreach (var field in fields)
            {
                var key = field.InputId(taskId);
                if (errors.TryGetValue(key, out var already) && already.Errors.Count > 0)
                    continue;
                foreach (var message in messages)
                    errors.AddModelError(key, ForPerson(field, message));
            }
        }
    }

    /// <summary>"Enter the risk accepted" or "Select the outcome": the NHS pattern for an empty field.</summary>
    public static string Missing(FormField field) =>
        field.Kind is FieldKind.YesNo or FieldKind.Choice or FieldKind.Checkboxes ? $"Select {Lower(field.Label).TrimEnd('?')}" : $"Enter {Lower(field.Label)}";

    private static string ForPerson(FormField field, string message) =>
        message.StartsWith("is required", StringComparison.Ordinal) ? Missing(field)
        : message.Contains("is not known", StringComparison.Ordinal) ? $"Select {Lower(field.Label).TrimEnd('?')} from the list"
        : $"{field.Label}: {message}";

    private static void Put(JsonObject root, string dottedName, JsonNode? value)
    {
        var parts = dottedName.Split('.');
        var target = root;
        foreach (var part in parts[..^1])
            target = (target[part] ??= new JsonObject()).AsObject();
        target[parts[^1]] = value;
    }

    /// <summary>"Enter mobility and falls", but "Enter Clinical Frailty Scale": a name in capitals keeps them.</summary>
    private static string Lower(string label) =>
        label.Length == 0 || label.Split(' ').Skip(1).Any(w => w.Length > 0 && char.IsUpper(w[0]))
            ? label
            : char.ToLower(label[0], CultureInfo.CurrentCulture) + label[1..];
}
