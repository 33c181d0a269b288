using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace Kaggle.Core.Parameters;

/// <summary>
/// Writes a learner's or a feature step's settings as text for run records, by content all the way down. A record's
/// compiler-generated <c>ToString</c> prints a list property as its type name (<c>GroupBy = System.String[]</c>), which
/// would leave the run record unable to say which columns a step used; here records are written property by property,
/// lists as <c>[a, b]</c>, numbers in the invariant culture, and a type with its own <c>ToString</c> as that.
/// </summary>
public static class ParameterText
{
    private const int MaxDepth = 12;

    /// <summary><paramref name="value"/> as text, e.g. <c>GroupMedianImputer { Column = Age, GroupBy = [Title], ... }</c>.</summary>
    public static string Of(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value, 0);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value, int depth)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                return;
            case string s:
                builder.Append(s);
                return;
            case Enum e:
                builder.Append(e);
                return;
            case IFormattable f:
                builder.Append(f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case Delegate d:
                builder.Append("<function ").Append(d.Method.Name).Append('>');
                return;
        }
        var type = value.GetType();
        if (depth >= MaxDepth || HasOwnToString(type))
        {
            builder.Append(value);
            return;
        }
        if (value is IEnumerable items)
        {
            builder.Append('[');
            var first = true;
            foreach (var item in items)
            {
                if (!first) builder.Append(", ");
                first = false;
                Append(builder, item, depth + 1);
            }
            builder.Append(']');
            return;
        }
        if (!IsRecord(type))
        {
            builder.Append(value);
            return;
        }
        var name = type.Name;
        builder.Append(name.Contains('`', StringComparison.Ordinal) ? name[..name.IndexOf('`', StringComparison.Ordinal)] : name).Append(" {");
        var any = false;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is not { IsPublic: true }) continue;
            builder.Append(any ? ", " : " ").Append(property.Name).Append(" = ");
            Append(builder, property.GetValue(value), depth + 1);
            any = true;
        }
        builder.Append(any ? " }" : "}");
    }

    /// <summary>A record: the compiler gives it a <c>&lt;Clone&gt;$</c> method (classes) or a generated <c>PrintMembers</c> (structs).</summary>
    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", BindingFlags.Public | BindingFlags.Instance) is not null
        || type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance)?.IsDefined(typeof(CompilerGeneratedAttribute)) == true;

    /// <summary>A <c>ToString</c> written by hand somewhere between <paramref name="type"/> and <see cref="object"/>.</summary>
    private static bool HasOwnToString(Type type)
    {
        var method = type.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        return method is not null
            && method.DeclaringType != typeof(object)
            && method.DeclaringType != typeof(ValueType)
            && !method.IsDefined(typeof(CompilerGeneratedAttribute));
    }
}
