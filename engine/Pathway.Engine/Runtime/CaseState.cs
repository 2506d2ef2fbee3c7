namespace Pathway.Engine.Runtime;

/// <summary>
/// Everything the interpreter knows of one running case: a flat, serialisable record kept
/// apart from the pathway definition. The interpreter never changes the instance it is given.
/// </summary>
public sealed class CaseState
{
    public CaseStatus Status { get; set; } = CaseStatus.Running;
    public Dictionary<string, object?> Variables { get; set; } = new(StringComparer.Ordinal);
    public List<Token> Tokens { get; set; } = [];
    public List<Bookmark> Bookmarks { get; set; } = [];
    public List<Incident> Incidents { get; set; } = [];

    /// <summary>Source of the case's token, bookmark and incident ids: deterministic, so a replay gives the same ids.</summary>
    public long Sequence { get; set; }

    public bool HasOpenIncidents => Incidents.Exists(i => i.ResolvedAt is null);

    public string NextId(char prefix) => prefix + (++Sequence).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public CaseState Clone() => new()
    {
        Status = Status,
        Variables = new Dictionary<string, object?>(Variables, StringComparer.Ordinal),
        Tokens = Tokens.ConvertAll(t => t with { }),
        Bookmarks = [.. Bookmarks],
        Incidents = [.. Incidents],
        Sequence = Sequence,
    };
}

public enum CaseStatus
{
    Running,
    Completed,
    Cancelled,
}
