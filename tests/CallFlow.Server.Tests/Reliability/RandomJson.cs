using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace CallFlow.Server.Tests.Reliability;

/// <summary>FsCheck generators of hostile JSON: random byte edits of a good body, and random JSON values of any shape.</summary>
public static class RandomJson
{
    /// <summary>One to eight edits: flips, inserts, cuts and repeats anywhere in a body.</summary>
    public static Gen<ByteEdit[]> ByteEdits() =>
        (from kind in Gen.Elements(ByteEdit.EditKind.Flip, ByteEdit.EditKind.Insert, ByteEdit.EditKind.Cut, ByteEdit.EditKind.Repeat)
         from at in Gen.Choose(0, int.MaxValue)
         from length in Gen.Choose(1, 40)
         from value in Gen.Choose(0, 255)
         select new ByteEdit(kind, at, length, (byte)value)).NonEmptyListOf().Select(list => list.Take(8).ToArray());

    /// <summary><paramref name="body"/> after every one of <paramref name="edits"/>.</summary>
    public static byte[] Apply(byte[] body, IEnumerable<ByteEdit> edits) =>
        edits.Aggregate(body, (bytes, edit) => edit.ApplyTo(bytes));

    /// <summary>Any JSON value, up to 6 levels deep; strings hold quotes, escapes, control characters and non-ASCII.</summary>
    public static Gen<string> Value() => Gen.Sized(size => Value(Math.Min(size, 6)));

    /// <summary>Text shortened for a failure message.</summary>
    public static string Shorten(string text) => text.Length > 60 ? text[..60] + "..." : text;

    private static Gen<string> Value(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.Elements("null", "true", "false", "0", "-0", "1e308", "-1e-308", "12345678901234567890123"),
            Gen.Choose(int.MinValue, int.MaxValue).Select(n => n.ToString(CultureInfo.InvariantCulture)),
            Gen.Elements('a', '"', '\\', '\u0000', '\u001f', 'é', '\u2028', '\uffff', '7', ' ').ArrayOf().Select(chars => JsonValueOf(new string(chars))));
        if (depth == 0)
        {
            return scalar;
        }

        var inner = Value(depth - 1);
        return Gen.Frequency(
            (3, scalar),
            (1, inner.ListOf().Select(items => "[" + string.Join(",", items.Take(20)) + "]")),
            (1, inner.ListOf().Select(items => "{" + string.Join(",", items.Take(20).Select((v, i) => $"\"k{i}\":{v}")) + "}")));
    }

    private static string JsonValueOf(string text) => System.Text.Json.Nodes.JsonValue.Create(text).ToJsonString();
}
