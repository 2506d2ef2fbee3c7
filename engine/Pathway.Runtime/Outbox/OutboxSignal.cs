namespace Pathway.Runtime.Outbox;

/// <summary>Wakes the outbox dispatcher as soon as a command has written outbox rows.</summary>
public sealed class OutboxSignal : WakeSignal;
