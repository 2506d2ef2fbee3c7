using System.Reflection;
using System.Text.RegularExpressions;
using Pathway.Cases.Closure;
using Pathway.Cases.Huddles;
using Pathway.Cases.People;
using Pathway.DesignerHost.Security;
using Pathway.DesignerHost.TaskForms;
using Pathway.Engine.Runtime;
using Pathway.Engine.Vocabulary;
using Pathway.Rules.Validation;
using Pathway.Testing;

namespace Pathway.Host.Tests;

/// <summary>Closure outcomes, staff roles (disciplines) and journal kinds are each defined once, and every user reads that definition.</summary>
public sealed partial class VocabularyTests
{
    [Fact]
    public void ClosingForm_AndItsValidation_OfferExactlyTheClosureOutcomes()
    {
        var options = TaskFormCatalog.For(CloseCaseHandler.Form).Fields.Single(f => f.Name == "outcome").Options!;
        Assert.Equal(ClosureOutcomes.All.Select(o => (o.Id, o.Label)), options.Select(o => (o.Value, o.Label)));
        Assert.Equal(ClosureOutcomes.Ids, CaseClosure.Outcomes);
        Assert.Equal(ClosureOutcomes.Ids, Pathway.Measures.Queries.MeasuresQuery.KnownOutcomes.Take(ClosureOutcomes.Ids.Count));
    }

    [Fact]
    public void MdtForm_RulesAndRolePicker_UseTheStaffRoles()
    {
        var disciplines = TaskFormCatalog.For(RecordMdtDecisionHandler.Form).Fields.Single(f => f.Name == "disciplinesPresent").Options!;
        Assert.Equal(StaffRoles.Disciplines.Select(r => (r.Id, r.Name)), disciplines.Select(o => (o.Value, o.Label)));
        Assert.True(KnownValues.Roles.SetEquals(StaffRoles.Ids));
        Assert.Equal(StaffRoles.All.Count, StaffRoles.Ids.Count);
    }

    [Fact]
    public void EveryDemoUsersRole_IsAnAccessRoleOrAStaffRole()
    {
        var unknown = DemoUsers.All.SelectMany(u => u.Roles).Where(r => !Disciplines.AccessRoles.Contains(r) && !StaffRoles.Ids.Contains(r));
        Assert.Empty(unknown);
    }

    [Fact]
    public void JournalKinds_AreUnique()
    {
        var kinds = JournalKindValues();
        Assert.Equal(kinds.Count, kinds.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void NoJournalKindOrClosureOutcome_IsWrittenAsALiteralOutsideItsVocabulary()
    {
        var words = JournalKindValues().Concat(ClosureOutcomes.Ids).ToHashSet(StringComparer.Ordinal);
        var literals = from line in ProductSource.Lines("engine", "designer-host", "tools")
                       // Migrations are generated from the model, and record its SQL as it was.
                       where !line.Path.Contains("/Migrations/", StringComparison.Ordinal) && !line.Path.StartsWith("engine/Pathway.PostgreSql/Runtime/", StringComparison.Ordinal)
                           && !line.Path.EndsWith("Runtime/JournalEntry.cs", StringComparison.Ordinal) && !line.Path.Contains("/Vocabulary/", StringComparison.Ordinal)
                           && !line.Text.TrimStart().StartsWith("//", StringComparison.Ordinal)
                       from match in Quoted().Matches(line.Text)
                       where words.Contains(match.Groups[1].Value)
                       select $"{line.Path}:{line.Number}: {match.Value}";
        Assert.Empty(literals);
    }

    private static List<string> JournalKindValues() =>
        [.. typeof(JournalKinds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!)];

    [GeneratedRegex(@"[""'`]([a-z][a-z0-9.-]+)[""'`]")]
    private static partial Regex Quoted();
}
