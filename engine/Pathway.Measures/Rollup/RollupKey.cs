namespace Pathway.Measures.Rollup;

/// <summary>The dimensions a rollup cell sums over: referral month (UK), where and from whom, what for, and the standard triage set ("" before triage).</summary>
public readonly record struct RollupKey(int Month, string Locality, string Team, string Source, string Need, string Standard);
