using Pathway.Runtime.Definitions;
using Pathway.Runtime.Storage;

namespace Pathway.DesignerHost.Impact;

public enum ImpactRunStatus { Reading, Replaying, Finished, Cancelled, Failed }

/// <summary>One replay in the background: which draft, how far it has gone (cases done of the total), and the report it stored.</summary>
public sealed class ImpactRun(Guid id, DefinitionRecord draft, int days, CancellationTokenSource cancellation) : IProgress<int>
{
    private int _done;
    private volatile int _total = -1;
    private volatile ImpactRunStatus _status = ImpactRunStatus.Reading;

    public Guid Id { get; } = id;
    public long DefinitionId { get; } = draft.Id;
    public DefinitionKind Kind { get; } = draft.Kind;
    public string Key { get; } = draft.Key;
    public string Locality { get; } = draft.Locality;
    public int Version { get; } = draft.Version;
    public string ContentHash { get; } = draft.ContentHash;
    public int Days { get; } = days;
    public CancellationTokenSource Cancellation { get; } = cancellation;
    public ImpactRunStatus Status => _status;
    public int Done => Volatile.Read(ref _done);

    /// <summary>How many past cases are being replayed; null while the journal is still being read.</summary>
    public int? Total => _total < 0 ? null : _total;

    public long? ReportId { get; private set; }
    public string? Error { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public bool Ended => _status is ImpactRunStatus.Finished or ImpactRunStatus.Cancelled or ImpactRunStatus.Failed;

    public void Cancel()
    {
        if (!Ended)
            Cancellation.Cancel();
    }

    /// <summary>Cases done so far; reports from parallel workers may arrive out of order, so the count only moves forward.</summary>
    public void Report(int value)
    {
        int seen;
        do
        {
            seen = Volatile.Read(ref _done);
            if (value <= seen)
                return;
        }
        while (Interlocked.CompareExchange(ref _done, value, seen) != seen);
    }

    internal void Replaying(int total)
    {
        _total = total;
        _status = ImpactRunStatus.Replaying;
    }

    internal void Finished(long reportId, DateTimeOffset at)
    {
        ReportId = reportId;
        End(ImpactRunStatus.Finished, null, at);
    }

    internal void End(ImpactRunStatus status, string? error, DateTimeOffset at)
    {
        Error = error;
        EndedAt = at;
        _status = status;
    }
}
