using System.Text.Json;
using Pathway.Cases.Validation;

namespace Pathway.DesignerHost.Api;

/// <summary>Reads a task's form data into its typed form; a wrongly typed field is a 400 naming it.</summary>
public static class FormJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static T Read<T>(JsonElement output)
    {
        try
        {
            return output.Deserialize<T>(Options) ?? throw new JsonException("the form is empty");
        }
        catch (JsonException ex)
        {
            throw new FormInvalidException(new Dictionary<string, string[]>
            {
                [ex.Path ?? "$"] = [$"has the wrong type: {ex.Message.Split(" Path:")[0]}"],
            });
        }
    }
}
