using Pathway.Runtime.Commands;

namespace Pathway.Cases.People;

/// <summary>
/// A referral names a known NHS number with different details and nobody has confirmed it is the
/// same person: nothing was saved. The differences and the person's open cases go back to whoever sent it.
/// </summary>
public sealed class KnownPersonDiffersException(string nhsNumber, KnownPersonComparison comparison)
    : Exception($"NHS number {People.NhsNumber.Format(nhsNumber)} is already known with different details: "
        + string.Join("; ", comparison.Differences.Select(d => $"{d.Detail} was '{d.Earlier}', now '{d.Now}'")))
{
    /// <summary>In the case work range; the lead folds it into the catalogue.</summary>
    public const string Code = ApiErrors.KnownPersonDiffers;

    public string NhsNumber { get; } = nhsNumber;
    public KnownPersonComparison Comparison { get; } = comparison;
}
