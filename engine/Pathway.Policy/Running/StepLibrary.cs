using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Pathway.Runtime.Definitions.Kinds;
using TechTalk.SpecFlow;
using TechTalk.SpecFlow.Bindings;

namespace Pathway.Policy.Running;

/// <summary>
/// The step definitions, read once by reflection from the same [Binding] classes SpecFlow runs
/// in CI: their [Given]/[When]/[Then] patterns are the only copy of each step's wording.
/// </summary>
public sealed class StepLibrary : ISpecStepBinder
{
    private readonly IReadOnlyList<StepDefinition> _steps;

    public StepLibrary()
    {
        _steps = [.. typeof(StepLibrary).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<BindingAttribute>() is not null)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .SelectMany(m => m.GetCustomAttributes<StepDefinitionBaseAttribute>().SelectMany(a => a.Types.Select(type =>
                new StepDefinition(type, new Regex($"^{a.Regex}$", RegexOptions.CultureInvariant | RegexOptions.Compiled), m))))];
    }

    public IReadOnlyList<StepDefinition> Steps => _steps;

    /// <summary>The step definition a step's words match, with the words it captured; null when none does.</summary>
    public (StepDefinition Definition, string[] Captured)? Match(StepDefinitionType type, string text)
    {
        foreach (var step in _steps.Where(s => s.Type == type))
            if (step.Pattern.Match(text) is { Success: true } match)
                return (step, [.. match.Groups.Cast<Group>().Skip(1).Select(g => g.Value)]);
        return null;
    }

    public string? Bind(string keyword, string text)
    {
        var type = KeywordTypes.From(keyword);
        return type is null
            // "And"/"But" take the type of the step before; any type that matches will do for a check as you type.
            ? Enum.GetValues<StepDefinitionType>().Select(t => Match(t, text)).FirstOrDefault(m => m is not null)?.Definition.Name
            : Match(type.Value, text)?.Definition.Name;
    }
}

/// <summary>One step definition: its kind, its anchored pattern and the method it runs.</summary>
public sealed record StepDefinition(StepDefinitionType Type, Regex Pattern, MethodInfo Method)
{
    public string Name => $"{Method.DeclaringType!.Name}.{Method.Name}";

    /// <summary>Converts the captured words to the method's parameters; a table, when the step has one, is the last.</summary>
    public object?[] Arguments(string[] captured, Table? table)
    {
        var parameters = Method.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            if (parameters[i].ParameterType == typeof(Table))
                arguments[i] = table ?? throw new ArgumentException($"the step needs a table of details after it");
            else if (i < captured.Length)
                arguments[i] = Convert.ChangeType(captured[i], parameters[i].ParameterType, CultureInfo.InvariantCulture);
        }
        return arguments;
    }
}

/// <summary>Gherkin's English keywords as step-definition types; "And" and "But" have none of their own.</summary>
public static class KeywordTypes
{
    public static StepDefinitionType? From(string keyword) => keyword.Trim() switch
    {
        "Given" => StepDefinitionType.Given,
        "When" => StepDefinitionType.When,
        "Then" => StepDefinitionType.Then,
        _ => null,
    };
}
