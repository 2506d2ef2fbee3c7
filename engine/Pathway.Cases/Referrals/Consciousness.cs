namespace Pathway.Cases.Referrals;

/// <summary>ACVPU: alert, or new confusion, responds to voice, to pain, or unresponsive.</summary>
public static class Consciousness
{
    public static readonly IReadOnlyList<string> Values = ["alert", "confusion", "voice", "pain", "unresponsive"];
}
