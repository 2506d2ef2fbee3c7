using System.Text.Json;
using Microsoft.Playwright;

namespace Pathway.Browser.Tests;

/// <summary>axe-core, from the front end's node_modules, run in the page: WCAG 2.2 A and AA rules.</summary>
public static class Accessibility
{
    private static readonly Lazy<string> AxePath = new(() =>
        Repository.Above(Path.Combine("designer-host", "frontend", "node_modules", "axe-core", "axe.min.js"))
        ?? throw new FileNotFoundException("axe-core is missing: run `npm ci` in designer-host/frontend (building the host does it when node_modules is absent)."));

    public sealed record Violation(string Id, string Impact, string Help, IReadOnlyList<string> Targets);

    /// <summary>Serious and critical violations on the page as it is now; moderate and minor ones are left to review.</summary>
    public static async Task<IReadOnlyList<Violation>> SeriousViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
            await page.AddScriptTagAsync(new() { Path = AxePath.Value });
        var json = await page.EvaluateAsync<string>("""
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map(n => n.target.join(' ')) })));
            }
            """);
        return JsonSerializer.Deserialize<List<Violation>>(json, JsonSerializerOptions.Web) ?? [];
    }

    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        var violations = await SeriousViolationsAsync(page);
        Assert.True(violations.Count == 0,
            $"{page.Url} has accessibility violations:\n" + string.Join('\n', violations.Select(v => $"- {v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Targets.Take(5))}")));
    }
}
