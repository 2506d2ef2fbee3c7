using System.Linq.Dynamic.Core;
using System.Reflection;

namespace Pathway.Engine.Expressions;

/// <summary>
/// The names and types of a set of case variables, and the generated class with one
/// property for each, so expressions bind to them as members. Shapes compare by value and
/// their types are made once.
/// </summary>
internal sealed class VariableShape : IEquatable<VariableShape>
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Type Type, PropertyInfo[] Setters)> Types = new();
    private readonly string _signature;
    private readonly (string Name, Type Type)[] _properties;

    private VariableShape((string Name, Type Type)[] properties)
    {
        _properties = properties;
        _signature = string.Join(';', properties.Select(p => p.Name + ":" + p.Type.FullName));
    }

    public Type Type => Generated.Type;

    private (Type Type, PropertyInfo[] Setters) Generated => Types.GetOrAdd(_signature, static (_, properties) =>
    {
        var type = DynamicClassFactory.CreateType([.. properties.Select(p => new DynamicProperty(p.Name, p.Type))], createParameterCtor: false);
        return (type, [.. properties.Select(p => type.GetProperty(p.Name)!)]);
    }, _properties);

    public static VariableShape Of(IReadOnlyDictionary<string, object?> variables) =>
        new([.. variables.Where(v => IsMemberName(v.Key)).OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => (v.Key, TypeOf(v.Value)))]);

    public static VariableShape FromTypes(IEnumerable<KeyValuePair<string, Type>> variables) =>
        new([.. variables.Where(v => IsMemberName(v.Key)).OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => (v.Key, v.Value))]);

    public object Instantiate(IReadOnlyDictionary<string, object?> variables)
    {
        var (type, setters) = Generated;
        var instance = Activator.CreateInstance(type)!;
        for (var i = 0; i < _properties.Length; i++)
            setters[i].SetValue(instance, Convert(variables[_properties[i].Name], _properties[i].Type));
        return instance;
    }

    // Whole numbers compare with decimals in rules ("news2Score >= 5" on 5.0), so numbers are doubles.
    private static Type TypeOf(object? value) => value switch
    {
        null => typeof(string),
        bool => typeof(bool),
        string => typeof(string),
        int or long or short or byte or double or float or decimal => typeof(double),
        DateTimeOffset => typeof(DateTimeOffset),
        IEnumerable<string> => typeof(string[]),
        _ => typeof(string),
    };

    private static object? Convert(object? value, Type type) => value switch
    {
        null => null,
        _ when type == typeof(double) => System.Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture),
        _ when type == typeof(string[]) => ((IEnumerable<string>)value).ToArray(),
        _ when type == typeof(string) && value is not string => System.Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    private static bool IsMemberName(string name) => Model.DurationExpression.IsIdentifier(name);

    public bool Equals(VariableShape? other) => other is not null && other._signature == _signature;

    public override bool Equals(object? obj) => Equals(obj as VariableShape);

    public override int GetHashCode() => _signature.GetHashCode(StringComparison.Ordinal);
}
