using System.Text.Json;
using System.Text.Json.Serialization;
using Pathway.Rules.Validation;
using RulesEngine.Models;

namespace Pathway.Rules.Loading;

/// <summary>
/// Reads RulesEngine workflow JSON as RulesEngine accepts it: one workflow object or an
/// array of them, enum values as names or numbers, property names in any case.
/// </summary>
public static class WorkflowJsonReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The workflows with their JSON elements (kept for the unknown-property check), or errors.</summary>
    public static IReadOnlyList<(Workflow Workflow, JsonElement Json)> Read(string json, string source, List<RuleSetError> errors)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            errors.Add(new(RuleErrorCodes.JsonSyntax, source, null, null,
                $"JSON syntax error at line {e.LineNumber + 1}, column {e.BytePositionInLine + 1}: {FirstSentence(e.Message)} Fix the JSON (a missing comma, quote or bracket near there)."));
            return [];
        }

        using (document)
        {
            var root = document.RootElement;
            var elements = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                JsonValueKind.Object => [root],
                _ => null,
            };
            if (elements is null || elements.Count == 0)
            {
                errors.Add(new(RuleErrorCodes.NotAWorkflow, source, null, null,
                    "expected a workflow object ({\"WorkflowName\": ..., \"Rules\": [...]}) or a non-empty array of them."));
                return [];
            }

            var result = new List<(Workflow, JsonElement)>();
            foreach (var element in elements)
            {
                if (element.ValueKind != JsonValueKind.Object)
                {
                    errors.Add(new(RuleErrorCodes.NotAWorkflow, source, null, null, $"an array item is {element.ValueKind}, not a workflow object."));
                    continue;
                }
                try
                {
                    var workflow = element.Deserialize<Workflow>(Options);
                    if (workflow is not null)
                        result.Add((workflow, element.Clone()));
                }
                catch (JsonException e)
                {
                    errors.Add(new(RuleErrorCodes.NotAWorkflow, source, null, null,
                        $"a value has the wrong type at {e.Path}: {FirstSentence(e.Message)} Check it against the RulesEngine workflow schema."));
                }
            }
            return result;
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
