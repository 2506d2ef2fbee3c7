using Pathway.Rules.Evaluation;
using Pathway.Rules.Facts;
using Pathway.Rules.Validation;
using RulesEngine.Models;

namespace Pathway.Rules.Loading;

/// <summary>
/// Turns rule set JSON into a validated <see cref="LoadedRuleSet"/>: JSON syntax, RulesEngine
/// structure, Pathway's conventions, known facts, then every expression compiled by RulesEngine.
/// </summary>
public static class RuleSetLoader
{
    /// <summary>Loads a Pathway rule set version, or throws <see cref="RuleSetException"/> listing every problem.</summary>
    public static LoadedRuleSet Load(RuleSetVersion version)
    {
        var loaded = TryLoad(version, out var errors);
        return loaded ?? throw new RuleSetException(RuleErrorCodes.InvalidRuleSet,
            $"rule set '{version.Name}' ({version.Locality ?? "national"} v{version.Version}) is invalid: {string.Join("; ", errors)}", errors);
    }

    /// <summary>Every problem in a Pathway rule set, for the designer and publishing; empty means it would load.</summary>
    public static IReadOnlyList<RuleSetError> Validate(string json, string ruleSet)
    {
        TryLoad(RuleSetVersion.Create(ruleSet, null, 0, json), out var errors);
        return errors;
    }

    /// <summary>
    /// Checks any RulesEngine workflow file: structure, then expressions where the file shows its
    /// input types (see <see cref="ProbeInference"/>). Never throws for bad content.
    /// </summary>
    public static GenericCheck CheckWorkflowFile(string json, string source)
    {
        var errors = new List<RuleSetError>();
        var notCompiled = new List<string>();
        foreach (var (workflow, element) in WorkflowJsonReader.Read(json, source, errors))
        {
            var before = errors.Count;
            StructureValidator.Validate(workflow, element, source, errors);
            if (errors.Count > before) continue;
            var probe = ProbeInference.Infer(workflow, out var reason);
            if (probe is null)
                notCompiled.Add($"{workflow.WorkflowName}: expressions not compiled because {reason}");
            else
                ExpressionCompileCheck.Run(workflow, probe, errors);
        }
        return new(errors, notCompiled);
    }

    private static LoadedRuleSet? TryLoad(RuleSetVersion version, out List<RuleSetError> errors)
    {
        errors = [];
        var workflows = WorkflowJsonReader.Read(version.Json, version.Name, errors);
        if (errors.Count > 0) return null;
        if (workflows.Count != 1)
        {
            errors.Add(new(RuleErrorCodes.NotAWorkflow, version.Name, null, null,
                $"a Pathway rule set file holds exactly one workflow, this one holds {workflows.Count}; split it into one file per rule set."));
            return null;
        }
        var (workflow, element) = workflows[0];
        StructureValidator.Validate(workflow, element, version.Name, errors);
        if (errors.Count > 0) return null;
        var rules = PathwayRuleSetValidator.Validate(workflow, version.Name, errors);
        if (errors.Count > 0) return null;
        ExpressionCompileCheck.Run(workflow, [new RuleParameter(FactReferences.ParameterName, new CaseFacts())], errors);
        return errors.Count > 0 ? null : new LoadedRuleSet(version, workflow, rules);
    }
}
