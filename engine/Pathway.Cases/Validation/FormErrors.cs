namespace Pathway.Cases.Validation;

/// <summary>Collects field errors so a form reports every problem at once, not the first.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
            _errors[field] = list = [];
        list.Add(message);
    }

    public string? Required(string field, string? value, string fix)
    {
        if (string.IsNullOrWhiteSpace(value))
            Add(field, $"is required: {fix}");
        return value?.Trim();
    }

    public void OneOf(string field, string? value, IReadOnlyCollection<string> allowed)
    {
        if (string.IsNullOrWhiteSpace(value))
            Add(field, $"is required: one of {string.Join(", ", allowed)}");
        else if (!allowed.Contains(value))
            Add(field, $"'{value}' is not known: use one of {string.Join(", ", allowed)}");
    }

    public void Range(string field, int? value, int min, int max)
    {
        if (value is null)
            Add(field, $"is required: a whole number from {min} to {max}");
        else if (value < min || value > max)
            Add(field, $"{value} is out of range: use {min} to {max}");
    }

    public void MaxLength(string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
            Add(field, $"is {value.Length} characters long: shorten it to {max}");
    }

    public void ThrowIfAny()
    {
        if (Any)
            throw new FormInvalidException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal));
    }
}
