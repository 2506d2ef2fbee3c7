using Pathway.Measures.Export;
using Pathway.Measures.Queries;

namespace Pathway.Measures.Tests.Export;

public sealed class ExportTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 15, 18, 55, 0, TimeSpan.Zero);

    [Fact]
    public async Task Ucr_referral_export_has_the_CSDS_fields_in_UK_time_and_only_the_case_id()
    {
        await using var db = new TestDatabase();
        var reached = db.Case(At, need: "fall", source: "111").Triage(At, "2-hour").Assessed(At.AddMinutes(105));
        db.Case(At).Triage(At, "2-day").Assessed(At.AddHours(3));
        await db.ProjectAsync();

        await using var measures = db.Measures();
        var csv = await new UcrReferralExport(measures).WriteAsync(new MeasureFilter(), new(2026, 6, 1), new(2026, 6, 30), CancellationToken.None);

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', UcrReferralExport.Headers), lines[0]);
        Assert.Equal($"{reached.Id},2026-06-15,19:55,111,fall,2-hour,2026-06-15,21:40,105,Y,N,national,north-team", Assert.Single(lines[1..]));
    }

    [Fact]
    public async Task Every_measure_has_a_definition_and_a_table_the_csv_writes()
    {
        await using var db = new TestDatabase();
        db.Case(At).Triage(At, "2-hour").Assessed(At.AddMinutes(30)).Closed(At.AddHours(3), "admission-avoided");

        var views = MeasureViews.Build(await db.DashboardAsync());

        Assert.Equal(Pathway.Measures.Definitions.MeasureDefinitions.All.Select(d => d.Id), views.Select(v => v.Definition.Id));
        var trend = Csv.Write(views[0].Headers, views[0].Rows).Split("\r\n")[1];
        Assert.Equal("Jun 2026,1,1,100.0", trend);
    }

    [Fact]
    public void Csv_quotes_separators_and_defuses_formulas()
    {
        var csv = Csv.Write(["a", "b"], [["x, y", "=HYPERLINK(\"z\")"]]);

        Assert.Equal("a,b\r\n\"x, y\",\"'=HYPERLINK(\"\"z\"\")\"\r\n", csv);
    }
}
