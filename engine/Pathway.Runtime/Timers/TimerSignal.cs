namespace Pathway.Runtime.Timers;

/// <summary>Wakes the timer dispatcher as soon as a command has written timer outbox rows.</summary>
public sealed class TimerSignal : WakeSignal;
