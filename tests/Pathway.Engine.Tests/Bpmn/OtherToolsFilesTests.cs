using System.Xml.Linq;
using Pathway.Engine.Bpmn;
using Pathway.Engine.Runtime;
using static Pathway.Engine.Tests.Fixtures;

namespace Pathway.Engine.Tests.Bpmn;

/// <summary>
/// Files drawn in other tools (tests/Shared/OtherTools, written by hand in each tool's format):
/// their vendor extensions are ignored, a missing pathway: attribute is a problem on its element,
/// and once that is set the pathway runs as drawn.
/// </summary>
public sealed class OtherToolsFilesTests
{
    private const string Pathway = "urn:pathway:bpmn:1.0";

    /// <summary>Each file and the problems the reader reports on it.</summary>
    public static TheoryData<string, string[]> Problems() => new()
    {
        { "camunda7.bpmn", ["PW1007 NotifyGp"] },
        { "camunda8-zeebe.bpmn", ["PW1007 ChaseService"] },
        { "signavio.bpmn", ["PW1007 sid-eligibility"] },
        { "bizagi.bpmn", [] },
        { "flowable.bpmn", ["PW1007 visit"] },
    };

    /// <summary>Each file, the pathway: attribute that fixes its problem ("" for none), and the first wait it then reaches (node and role).</summary>
    public static TheoryData<string, string, string> Fixed() => new()
    {
        { "camunda7.bpmn", "NotifyGp service=notify-gp", "AssessAtHome crisis-response-nurse" },
        { "camunda8-zeebe.bpmn", "ChaseService role=coordinator", "Accepted" },
        { "signavio.bpmn", "sid-eligibility ruleSet=equipment-eligibility", "sid-assess-equipment occupational-therapist" },
        { "bizagi.bpmn", "", "Id_carer_assessment social-worker" },
        { "flowable.bpmn", "visit role=reablement", "planVisits reablement" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Validate_FileFromAnotherTool_ReportsOnlyTheMissingPathwayAttributesOnTheirElements(string file, string[] expected)
    {
        // given
        var xml = Read(file);

        // when
        var problems = BpmnReader.Validate(xml);

        // then the file is read, vendor extensions and all; what is missing is named on its element, with the fix
        Assert.Equal(expected, problems.Select(p => $"{p.Code} {p.ElementId}"));
        Assert.All(problems, p => Assert.Contains("pathway:", p.Message, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixed))]
    public void Start_FileFromAnotherToolWithItsPathwayAttributesSet_RunsAsDrawn(string file, string fix, string firstWait)
    {
        // given the file with the missing attribute set, as the designer's properties panel would
        var document = XDocument.Parse(Read(file));
        if (fix.Length > 0)
        {
            var (elementId, setting) = (fix.Split(' ')[0], fix.Split(' ')[1].Split('='));
            var element = document.Descendants().Single(e => (string?)e.Attribute("id") == elementId);
            element.SetAttributeValue(XName.Get(setting[0], Pathway), setting[1]);
        }
        var model = BpmnReader.Read(document.ToString(), file);

        // when a case starts (a rule set or service step is completed as the runtime would)
        var state = new Interpreter().Start(model, Vars(("disciplines", new List<object?> { "gp", "district-nurse" }), ("handoverAcceptWindow", "PT4H")), Now).State;
        foreach (var activity in state.Bookmarks.Where(b => b.Kind is BookmarkKind.RuleSet or BookmarkKind.Service).ToList())
            state = new Interpreter().Apply(model, state, new ActivityCompleted(activity.Id, NoVariables), Now).State;

        // then it waits where the drawing says, for the role its lane or attribute gives
        Assert.Empty(state.Incidents);
        var wait = firstWait.Split(' ');
        var bookmark = state.Bookmarks.First(b => b.NodeId == wait[0]);
        if (wait.Length > 1)
            Assert.Equal(wait[1], bookmark.Role);
    }

    [Fact]
    public void Read_FlowableAndCamundaLoops_RunOverTheirCollection()
    {
        // given a Flowable sequential loop (flowable:collection) and a Camunda one (camunda:collection)
        var flowable = XDocument.Parse(Read("flowable.bpmn"));
        flowable.Descendants().Single(e => (string?)e.Attribute("id") == "visit").SetAttributeValue(XName.Get("role", Pathway), "reablement");
        var camunda = XDocument.Parse(Read("camunda7.bpmn"));
        camunda.Descendants().Single(e => (string?)e.Attribute("id") == "NotifyGp").SetAttributeValue(XName.Get("service", Pathway), "notify-gp");

        // when
        var visit = BpmnReader.Read(flowable.ToString()).Node("visit").Loop!;
        var review = BpmnReader.Read(camunda.ToString()).Node("DisciplineReview").Loop!;

        // then
        Assert.Equal((true, "visits", "visitDate"), (visit.Sequential, visit.Collection, visit.ElementVariable));
        Assert.Equal((false, "disciplines", "discipline", "${nrOfCompletedInstances >= 2}"), (review.Sequential, review.Collection, review.ElementVariable, review.CompletionCondition));
    }

    private static string Read(string file) => File.ReadAllText(Repository.Combine("tests", "Shared", "OtherTools", file));
}
