namespace Pathway.Cases.People;

/// <summary>The NHS number's modulus 11 check: weights 10 to 2 on the first nine digits.</summary>
public static class NhsNumber
{
    /// <summary>The ten digits without spaces, or null when the number fails the check.</summary>
    public static string? Normalise(string? value)
    {
        if (value is null)
            return null;
        var digits = value.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return IsValid(digits) ? digits : null;
    }

    public static bool IsValid(string digits)
    {
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit))
            return false;
        var sum = 0;
        for (var i = 0; i < 9; i++)
            sum += (digits[i] - '0') * (10 - i);
        var check = 11 - (sum % 11);
        if (check == 11)
            check = 0;
        // A check digit of 10 means no valid number has these first nine digits.
        return check != 10 && check == digits[9] - '0';
    }

    /// <summary>"943 476 5919": the 3-3-4 grouping staff read and say.</summary>
    public static string Format(string digits) =>
        digits.Length == 10 && digits.All(char.IsAsciiDigit) ? $"{digits[..3]} {digits[3..6]} {digits[6..]}" : digits;
}
