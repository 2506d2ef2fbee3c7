using System.Text.RegularExpressions;
using Pathway.Measures.Definitions;
using Pathway.Measures.Export;
using Pathway.Measures.Queries;

namespace Pathway.Measures.Tests.Export;

/// <summary>The page's overview of the measures: a headline in words for each, with the empty and low-numbers cautions.</summary>
public sealed partial class MeasureOverviewTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 15, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_selection_with_no_cases_leaves_every_measure_empty_and_saying_so()
    {
        await using var db = new TestDatabase();

        var views = MeasureViews.Build(await db.DashboardAsync());

        Assert.All(views, v => Assert.True(v.Empty, $"{v.Definition.Id} should be empty"));
        Assert.All(views, v => Assert.StartsWith("No ", v.Headline, StringComparison.Ordinal));
        Assert.All(views, v => Assert.False(v.IsLowNumbers));
    }

    [Fact]
    public async Task Fewer_than_ten_cases_carry_the_low_numbers_caution()
    {
        await using var db = new TestDatabase();
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddMinutes(30));
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddMinutes(150));

        var twoHour = MeasureViews.Build(await db.DashboardAsync()).Single(v => v.Definition == MeasureDefinitions.TwoHour);

        Assert.True(twoHour.IsLowNumbers);
        Assert.False(twoHour.Empty);
        Assert.Equal("50.0% reached within 2 hours (1 of 2)", twoHour.Headline);
    }

    [Fact]
    public async Task Ten_cases_are_enough_for_no_caution()
    {
        await using var db = new TestDatabase();
        for (var i = 0; i < MeasureView.LowNumbers; i++)
            db.Case(At).Triage(At, "2-hour").Assessed(At.AddMinutes(30 + i));

        var twoHour = MeasureViews.Build(await db.DashboardAsync()).Single(v => v.Definition == MeasureDefinitions.TwoHour);

        Assert.False(twoHour.IsLowNumbers);
        Assert.Equal("100.0% reached within 2 hours (10 of 10)", twoHour.Headline);
    }

    [Fact]
    public void The_workload_is_a_snapshot_of_tasks_so_it_carries_no_low_numbers_caution()
    {
        MeasureView View(MeasureDefinition definition) => new(definition, null, [], [], [], "3 things", 3);

        Assert.True(View(MeasureDefinitions.Mdt).IsLowNumbers);
        Assert.False(View(MeasureDefinitions.Workload).IsLowNumbers);
    }

    [Fact]
    public async Task The_workload_names_roles_as_staff_say_them_not_by_their_codes()
    {
        await using var db = new TestDatabase();
        var dashboard = await db.DashboardAsync() with { Workload = [new WorkloadRow("community-physiotherapist", "north-team", 3, 1)] };

        var workload = MeasureViews.Build(dashboard).Single(v => v.Definition == MeasureDefinitions.Workload);

        Assert.Equal("Community physiotherapist", workload.Rows.Single()[0]);
        Assert.Equal(["Community physiotherapist"], workload.Chart!.Labels);
    }

    [Fact]
    public void Definitions_are_written_in_words_not_variable_or_journal_names()
    {
        var problems = MeasureDefinitions.All
            .SelectMany(d => new[] { d.Title, d.ClockStarts, d.ClockStops, d.Counted }.Select(text => (d.Id, text)))
            .SelectMany(x => CodeLike().Matches(x.text).Select(m => $"{x.Id}: '{m.Value}'"))
            .ToList();

        Assert.True(problems.Count == 0, "Definitions name code rather than saying it: " + string.Join(", ", problems));
    }

    /// <summary>camelCase names (referredAt), journal kinds (assessment.accepted), flags compared to a value (= true), rule-set and option codes.</summary>
    [GeneratedRegex(@"\b[a-z]+[A-Z]\w*\b|\b[a-z]+\.[a-z]+\b|=\s*(true|false|yes|no)\b|\b[a-z]+-(selection|carers|avoided)\b")]
    private static partial Regex CodeLike();
}
