using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Pathway.DesignerHost.TaskForms;

/// <summary>
/// Reads a posted task form into typed case variables (yes/no as booleans, numbers as numbers),
/// recording each problem against the field's input id for the NHS error summary.
/// </summary>
public static class FormAnswers
{
    public const string Prefix = "output.";

    public static Dictionary<string, object?> Read(TaskForm form, long taskId, IFormCollection posted, ModelStateDictionary errors)
    {
        var output = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in form.Fields)
        {
            var raw = posted[Prefix + field.Name].ToString().Trim();
            if (raw.Length == 0)
            {
                if (field.Required)
                    errors.AddModelError(field.InputId(taskId), field.Kind is FieldKind.YesNo or FieldKind.Choice
                        ? $"Select {field.Label.ToLower(CultureInfo.CurrentCulture).TrimEnd('?')}"
                        : $"Enter {field.Label.ToLower(CultureInfo.CurrentCulture)}");
                continue;
            }
            switch (field.Kind)
            {
                case FieldKind.YesNo:
                    output[field.Name] = raw == "yes";
                    break;
                case FieldKind.Number when long.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number):
                    output[field.Name] = number;
                    break;
                case FieldKind.Number:
                    errors.AddModelError(field.InputId(taskId), $"{field.Label} must be a whole number");
                    break;
                case FieldKind.Choice when field.Options is { } options && !options.Contains(raw):
                    errors.AddModelError(field.InputId(taskId), $"Select {field.Label.ToLower(CultureInfo.CurrentCulture)} from the list");
                    break;
                default:
                    output[field.Name] = raw;
                    break;
            }
        }
        return output;
    }
}
