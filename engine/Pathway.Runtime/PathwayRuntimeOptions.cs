namespace Pathway.Runtime;

public sealed class PathwayRuntimeOptions
{
    /// <summary>Which database: SQLite (embedded, one host) or PostgreSQL (one or several hosts).</summary>
    public Storage.DatabaseProvider Provider { get; set; } = Storage.DatabaseProvider.Sqlite;

    /// <summary>The connection string, e.g. <c>Data Source=pathway.db</c> or <c>Host=db;Database=pathway;Username=pathway</c>.</summary>
    public string ConnectionString { get; set; } = "Data Source=pathway.db";

    /// <summary>Run timers through Quartz's persistent store (off for specs, which fire due timers on a fake clock).</summary>
    public bool UseQuartz { get; set; } = true;

    /// <summary>How long a timer whose firing failed (a locked database, say) waits before it tries again.</summary>
    public TimeSpan TimerRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a clustered node checks in; a node silent for longer has its timers taken over by another.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);

    /// <summary>How long a host's claim on outbox rows lasts: rows a host claimed and did not deliver (it died) go to another after this.</summary>
    public TimeSpan OutboxClaimLease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>When set, sent messages are posted here (with an Idempotency-Key header) instead of going to Pathway's own waiting cases.</summary>
    public Uri? MessageWebhook { get; set; }

    /// <summary>Folders whose shipped pathways, rule sets and specs seed an empty database as version 1.</summary>
    public string? WorkflowsPath { get; set; }

    public string? RulesPath { get; set; }

    /// <summary>The policy specs (<c>national/</c> and <c>localities/&lt;code&gt;/</c> feature files) that seed the spec definitions.</summary>
    public string? SpecsPath { get; set; }

    /// <summary>How often the open-case and open-incident gauges are counted again.</summary>
    public TimeSpan OpenWorkCountEvery { get; set; } = TimeSpan.FromSeconds(30);
}
