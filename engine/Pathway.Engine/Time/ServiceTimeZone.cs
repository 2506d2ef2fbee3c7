namespace Pathway.Engine.Time;

/// <summary>Services in England keep UK time; calendar arithmetic and "8am-8pm" use it.</summary>
public static class ServiceTimeZone
{
    public static TimeZoneInfo UnitedKingdom { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
}
