using Pathway.DesignerHost.Policy;

namespace Pathway.Policy.Tests;

public sealed class PolicyDocumentsTests
{
    private const string Routing = """
        Feature: Routing
          Who assesses each referral.

          A second paragraph.

          Background:
            Given a referral to the national service

          Scenario Outline: Conditions go to their assessor
            Given the referral says:
              | detail          | value       |
              | presenting need | <condition> |
            Then the trusted assessment is offered to the <assessor>

            Examples:
              | condition | assessor                  |
              | a fall    | community physiotherapist |
              | catheter  | district nurse            |
              | diabetes  | district nurse            |

          Scenario: Routine
            Then the response standard is routine

          Scenario: Never run
            Then nothing
        """;

    private const string NorthShire = """
        Feature: North Shire
          Scenario: Fit people see their GP
            Then the trusted assessment is offered to the GP
        """;

    private const string Results = """
        {
          "updatedAt": "2026-06-10T10:00:00+00:00",
          "scenarios": [
            { "folder": "national", "feature": "Routing", "scenario": "Conditions go to their assessor",
              "example": { "condition": "a fall", "assessor": "community physiotherapist" },
              "outcome": "passed", "ranAt": "2026-06-10T09:00:00+00:00" },
            { "folder": "national", "feature": "Routing", "scenario": "Conditions go to their assessor",
              "example": { "condition": "catheter", "assessor": "district nurse" },
              "outcome": "failed", "failedStep": "Then the trusted assessment is offered to the district nurse",
              "error": "expected the trusted assessment to be offered to the district nurse, but the worklist has: nothing",
              "ranAt": "2026-06-10T09:00:00+00:00" },
            { "folder": "national", "feature": "Routing", "scenario": "Routine",
              "outcome": "passed", "ranAt": "2026-06-10T09:01:00+00:00", "commit": "abc123" },
            { "folder": "localities/north-shire", "feature": "North Shire", "scenario": "Fit people see their GP",
              "outcome": "passed", "ranAt": "2026-06-10T09:02:00+00:00" }
          ]
        }
        """;

    [Fact]
    public void Load_GroupsNationalAndEachLocality()
    {
        using var specs = new SpecsFolder().Feature("national/routing.feature", Routing).Feature("localities/north-shire/north-shire.feature", NorthShire);

        var library = new PolicyDocuments(specs.Path).Load();

        Assert.Equal(["national/routing"], library.National.Select(d => d.Key));
        var locality = Assert.Single(library.Localities);
        Assert.Equal(("north-shire", "North Shire"), (locality.Code, locality.Name));
        Assert.Equal("localities/north-shire/north-shire", Assert.Single(locality.Documents).Key);
    }

    [Fact]
    public void Load_ReadsTitleDescriptionBackgroundStepsAndTables()
    {
        using var specs = new SpecsFolder().Feature("national/routing.feature", Routing);

        var document = new PolicyDocuments(specs.Path).Load().Find("national/routing")!;

        Assert.Equal("Routing", document.Title);
        Assert.Equal(["Who assesses each referral.", "A second paragraph."], document.Description);
        Assert.Equal("a referral to the national service", Assert.Single(document.Background).Text);
        var step = document.Scenarios[0].Steps[0];
        Assert.Equal("Given", step.Keyword);
        Assert.Equal(["detail", "value"], step.Table!.Header);
        Assert.Equal(["presenting need", "<condition>"], step.Table.Rows[0]);
        Assert.Equal(["condition", "assessor"], document.Scenarios[0].Examples[0].Header);
    }

    [Fact]
    public void Load_MatchesEachExampleRowToItsOwnResult()
    {
        using var specs = new SpecsFolder().Feature("national/routing.feature", Routing).Results(Results);

        var rows = new PolicyDocuments(specs.Path).Load().Find("national/routing")!.Scenarios[0].Examples[0].Rows;

        Assert.True(rows[0].Result!.Passed);
        Assert.Equal("Then the trusted assessment is offered to the district nurse", rows[1].Result!.FailedStep);
        Assert.Contains("but the worklist has: nothing", rows[1].Result!.Error, StringComparison.Ordinal);
        Assert.Null(rows[2].Result);
    }

    [Fact]
    public void Load_PlainScenarioWithoutResult_HasNone()
    {
        using var specs = new SpecsFolder().Feature("national/routing.feature", Routing).Results(Results);

        var scenarios = new PolicyDocuments(specs.Path).Load().Find("national/routing")!.Scenarios;

        Assert.Equal("abc123", scenarios[1].Result!.Commit);
        Assert.Null(scenarios[2].Result);
        Assert.Equal(new ResultSummary(Passed: 2, Failed: 1, NotRun: 2), ResultSummary.Of(scenarios.SelectMany(s => s.Results)));
    }

    [Fact]
    public void Load_SameScenarioTitleInAnotherFolder_DoesNotTakeItsResult()
    {
        using var specs = new SpecsFolder()
            .Feature("localities/riverside/routing.feature", Routing.Replace("Feature: Routing", "Feature: Routing", StringComparison.Ordinal))
            .Results(Results);

        var document = new PolicyDocuments(specs.Path).Load().Find("localities/riverside/routing")!;

        Assert.All(document.Scenarios.SelectMany(s => s.Results), Assert.Null);
    }

    [Fact]
    public void Load_NoResultsFile_ShowsEveryScenarioWithoutResult()
    {
        using var specs = new SpecsFolder().Feature("national/routing.feature", Routing);

        var library = new PolicyDocuments(specs.Path).Load();

        Assert.Null(library.ResultsUpdatedAt);
        Assert.Equal(new ResultSummary(0, 0, 5), library.National[0].Summary);
    }

    [Fact]
    public void Load_DamagedResultsFile_IsTreatedAsNoResults()
    {
        using var specs = new SpecsFolder().Feature("national/routing.feature", Routing).Results("{ not json");

        var library = new PolicyDocuments(specs.Path).Load();

        Assert.Equal(0, library.National[0].Summary.Passed);
    }

    [Fact]
    public void Load_UnreadableFeature_SaysSoWithoutHidingTheOthers()
    {
        using var specs = new SpecsFolder().Feature("national/routing.feature", Routing).Feature("national/broken.feature", "Scenario: no feature line\n  Given |");

        var library = new PolicyDocuments(specs.Path).Load();

        Assert.Equal(2, library.National.Count);
        Assert.StartsWith("This document could not be read", library.Find("national/broken")!.Description[0], StringComparison.Ordinal);
        Assert.Equal("Routing", library.Find("national/routing")!.Title);
    }

    [Fact]
    public void Find_UnknownOrEscapingKey_FindsNothing()
    {
        using var specs = new SpecsFolder().Feature("national/routing.feature", Routing);

        var library = new PolicyDocuments(specs.Path).Load();

        Assert.Null(library.Find("../national/routing"));
        Assert.Null(library.Find("national/missing"));
    }
}
