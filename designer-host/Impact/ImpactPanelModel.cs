namespace Pathway.DesignerHost.Impact;

/// <summary>
/// What the impact panel partial needs: the draft it replays (kind as the API names it, key and
/// locality), or a stored report's id for the report's own page, which shows it without controls.
/// </summary>
public sealed record ImpactPanelModel(string Kind, string Key, string Locality, long? ReportId = null)
{
    public static ImpactPanelModel ForReport(long id) => new("", "", "", id);
}
