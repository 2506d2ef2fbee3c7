namespace Pathway.Runtime.Outbox;

/// <summary>What delivery of an outbox row found, as the row records it.</summary>
public static class OutboxOutcomes
{
    public const string Delivered = "delivered";
    public const string NotAwaited = "not awaited";
    public const string NoSuchCase = "no such case";
}
