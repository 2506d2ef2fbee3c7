using System.Collections.Concurrent;
using System.Linq.Dynamic.Core;
using System.Linq.Dynamic.Core.Exceptions;
using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace Pathway.Engine.Expressions;

/// <summary>
/// Evaluates gateway conditions: System.Linq.Dynamic.Core lambdas, the language RulesEngine
/// uses, over case variables named directly (<c>mdtNeeded &amp;&amp; frailtyScore &gt;= 5</c>).
/// Variables become the properties of a generated type; each (expression, variable types)
/// pair compiles once.
/// </summary>
public sealed partial class ConditionEvaluator
{
    private static readonly ParsingConfig Config = new() { ResolveTypesBySimpleName = false };
    private static readonly ParsingConfig LoadConfig = new() { ResolveTypesBySimpleName = false, ConvertObjectToSupportComparison = true };
    private readonly ConcurrentDictionary<(string Expression, VariableShape Shape), Func<object, bool>> _compiled = new();

    public static ConditionEvaluator Shared { get; } = new();

    /// <summary>True when the condition holds; throws <see cref="ExpressionException"/> when it cannot be evaluated.</summary>
    public bool Evaluate(string expression, IReadOnlyDictionary<string, object?> variables)
    {
        var text = Normalise(expression);
        var shape = VariableShape.Of(variables);
        var lambda = _compiled.GetOrAdd((text, shape), static key => Compile(key.Expression, key.Shape));
        try
        {
            return lambda(shape.Instantiate(variables));
        }
        catch (Exception ex) when (ex is InvalidCastException or NullReferenceException or InvalidOperationException)
        {
            throw new ExpressionException(text, ex.Message);
        }
    }

    /// <summary>Checks that an expression parses over the given variable names (values unknown, so typed as text).</summary>
    public static string? Check(string expression, IEnumerable<KeyValuePair<string, Type>> variables)
    {
        try
        {
            Compile(Normalise(expression), VariableShape.FromTypes(variables));
            return null;
        }
        catch (ExpressionException ex)
        {
            return ex.Reason;
        }
    }

    /// <summary>
    /// Checks an expression at load, before any case has variables: each unknown identifier
    /// is taken as a case variable of unknown type, so only mistakes that no variable values
    /// could fix (syntax, unknown methods) are reported. Null when it parses.
    /// </summary>
    public static string? CheckSyntax(string expression)
    {
        var text = Normalise(expression);
        var variables = new Dictionary<string, Type>(StringComparer.Ordinal);
        while (true)
        {
            try
            {
                var parameter = Expression.Parameter(VariableShape.FromTypes(variables).Type, "case");
                DynamicExpressionParser.ParseLambda(LoadConfig, [parameter], null, text);
                return null;
            }
            catch (ParseException ex) when (UnknownIdentifier().Match(ex.Message) is { Success: true } match && variables.TryAdd(match.Groups[1].Value, typeof(object)))
            {
                // Declared now; parse again to find the next one.
            }
            catch (ParseException ex) when (ex.Message.Contains("incompatible with operand type", StringComparison.Ordinal))
            {
                return null; // a type question: only the case's values answer it
            }
            catch (ParseException ex)
            {
                return ex.Message;
            }
            catch (InvalidOperationException ex)
            {
                return ex.Message;
            }
        }
    }

    /// <summary>Accepts the bare expression, or the <c>=expr</c> and <c>${expr}</c> forms modellers write.</summary>
    internal static string Normalise(string expression)
    {
        var text = expression.Trim();
        if (text.StartsWith('='))
            return text[1..].Trim();
        if (text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}'))
            return text[2..^1].Trim();
        return text;
    }

    private static Func<object, bool> Compile(string expression, VariableShape shape)
    {
        try
        {
            var parameter = Expression.Parameter(shape.Type, "case");
            var lambda = DynamicExpressionParser.ParseLambda(Config, [parameter], typeof(bool), expression);
            var instance = Expression.Parameter(typeof(object), "instance");
            var call = Expression.Invoke(lambda, Expression.Convert(instance, shape.Type));
            return Expression.Lambda<Func<object, bool>>(call, instance).Compile();
        }
        catch (ParseException ex)
        {
            throw new ExpressionException(expression, ex.Message);
        }
        catch (InvalidOperationException ex)
        {
            throw new ExpressionException(expression, ex.Message);
        }
    }

    [GeneratedRegex("^Unknown identifier '([A-Za-z_][A-Za-z0-9_]*)'", RegexOptions.CultureInvariant)]
    private static partial Regex UnknownIdentifier();
}
