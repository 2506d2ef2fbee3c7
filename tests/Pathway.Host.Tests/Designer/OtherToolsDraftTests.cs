using System.Text;

namespace Pathway.Host.Tests.Designer;

/// <summary>
/// A file drawn in another tool (tests/Shared/OtherTools) saved as a draft through the API: kept
/// byte for byte, vendor extensions and all, with each missing pathway: attribute as a problem on
/// its element rather than a refusal of the file.
/// </summary>
public sealed class OtherToolsDraftTests(PathwayHostFactory host) : IClassFixture<PathwayHostFactory>
{
    private readonly PathwayHostFactory _host = host;

    public static TheoryData<string, string[]> Files() => new()
    {
        { "camunda7.bpmn", ["PW1007 NotifyGp"] },
        { "camunda8-zeebe.bpmn", ["PW1007 ChaseService"] },
        { "signavio.bpmn", ["PW1007 sid-eligibility"] },
        { "bizagi.bpmn", [] },
        { "flowable.bpmn", ["PW1007 visit"] },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public async Task SaveDraft_FileFromAnotherTool_IsStoredByteForByteWithItsProblemsOnTheirElements(string file, string[] expected)
    {
        // given a designer and a file as the other tool wrote it
        var designer = await _host.SignInAsync("designer");
        var bytes = await File.ReadAllBytesAsync(Repository.Combine("tests", "Shared", "OtherTools", file));
        var key = "other-tools-" + Path.GetFileNameWithoutExtension(file);

        // when it is saved as a draft
        var saved = await designer.PutAsync($"/api/pathways/{key}/draft", new StringContent(Encoding.UTF8.GetString(bytes), Encoding.UTF8, "application/xml"));

        // then it is stored, not refused, with each missing attribute named on its element
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var draft = (await saved.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(expected, draft["problems"]!.AsArray().Select(p => $"{p!["code"]} {p["element"]}"));

        // and reading it back gives the very bytes sent: camunda:, zeebe:, signavio:, bizagi: and flowable: extensions kept
        var stored = await designer.GetByteArrayAsync($"/api/pathways/{draft["id"]}/xml");
        Assert.Equal(bytes, stored);
    }
}
