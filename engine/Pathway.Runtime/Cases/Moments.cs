using System.Globalization;

namespace Pathway.Runtime.Cases;

/// <summary>How a refusal names a moment (who did it, and when): UTC, to the second, the same in every culture.</summary>
public static class Moments
{
    public static string Show(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
