using System.Runtime.CompilerServices;

namespace CallFlow.Actions.AppFiles;

/// <summary>A string value of an action, split at load into literal text and placeholders so filling it in is one pass.</summary>
internal sealed class TextTemplate
{
    private readonly string[] _literals;
    private readonly Placeholder[] _placeholders;
    private readonly int _literalLength;

    private TextTemplate(string[] literals, Placeholder[] placeholders)
    {
        _literals = literals;
        _placeholders = placeholders;
        _literalLength = literals.Sum(l => l.Length);
    }

    /// <summary>Whether the text holds no placeholder (it may still have had <c>{{</c> escapes).</summary>
    internal bool IsConstant => _placeholders.Length == 0;

    /// <summary>Splits <paramref name="text"/>; returns null and the reason when a brace does not form a placeholder.</summary>
    internal static TextTemplate? Parse(string text, out string? error)
    {
        error = null;
        if (!text.Contains('{', StringComparison.Ordinal) && !text.Contains("}}", StringComparison.Ordinal))
        {
            return new TextTemplate([text], []);
        }

        var literals = new List<string>();
        var placeholders = new List<Placeholder>();
        var literal = new DefaultInterpolatedStringHandler(text.Length, 0);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            if (open < 0)
            {
                AppendLiteral(ref literal, text.AsSpan(i));
                break;
            }

            AppendLiteral(ref literal, text.AsSpan(i, open - i));
            if (open + 1 < text.Length && text[open + 1] == '{')
            {
                literal.AppendLiteral("{");
                i = open + 2;
                continue;
            }

            var close = text.IndexOf('}', open + 1);
            if (close < 0)
            {
                literal.ToStringAndClear();
                error = $"\"{text}\" has a {{ that no }} closes; write {{{{ for a literal {{";
                return null;
            }

            if (PlaceholderSyntax.Parse(text.AsSpan(open + 1, close - open - 1), out error) is not { } placeholder)
            {
                literal.ToStringAndClear();
                return null;
            }

            literals.Add(literal.ToStringAndClear());
            literal = new DefaultInterpolatedStringHandler(text.Length, 0);
            placeholders.Add(placeholder);
            i = close + 1;
        }

        literals.Add(literal.ToStringAndClear());
        return new TextTemplate([.. literals], [.. placeholders]);
    }

    // Literal text: "}}" writes one "}" (pairing "{{"); a lone "}" is kept as it is.
    private static void AppendLiteral(ref DefaultInterpolatedStringHandler literal, ReadOnlySpan<char> text)
    {
        var pair = text.IndexOf("}}", StringComparison.Ordinal);
        while (pair >= 0)
        {
            literal.AppendFormatted(text[..(pair + 1)]);
            text = text[(pair + 2)..];
            pair = text.IndexOf("}}", StringComparison.Ordinal);
        }

        literal.AppendFormatted(text);
    }

    /// <summary>The text with every placeholder replaced by its value.</summary>
    internal string Render(PlaceholderValues values)
    {
        if (_placeholders.Length == 0)
        {
            return _literals[0];
        }

        if (_placeholders.Length == 1 && _literalLength == 0)
        {
            return values.Value(_placeholders[0]);
        }

        var text = new DefaultInterpolatedStringHandler(_literalLength + (16 * _placeholders.Length), 0);
        for (var i = 0; i < _placeholders.Length; i++)
        {
            text.AppendLiteral(_literals[i]);
            text.AppendLiteral(values.Value(_placeholders[i]));
        }

        text.AppendLiteral(_literals[^1]);
        return text.ToStringAndClear();
    }
}
