namespace CallFlow.Server.Tests.Reliability;

/// <summary>One random edit of a body's bytes: flip a byte, insert one, cut a run, or repeat a run.</summary>
public sealed record ByteEdit(ByteEdit.EditKind Kind, int At, int Length, byte Value)
{
    public enum EditKind
    {
        Flip,
        Insert,
        Cut,
        Repeat,
    }

    public byte[] ApplyTo(byte[] bytes)
    {
        var at = bytes.Length == 0 ? 0 : At % bytes.Length;
        var end = Math.Min(bytes.Length, at + Length);
        return Kind switch
        {
            EditKind.Flip when bytes.Length > 0 => [.. bytes[..at], Value, .. bytes[(at + 1)..]],
            EditKind.Insert => [.. bytes[..at], Value, .. bytes[at..]],
            EditKind.Cut => [.. bytes[..at], .. bytes[end..]],
            EditKind.Repeat => [.. bytes[..end], .. bytes[at..end], .. bytes[end..]],
            _ => bytes,
        };
    }

    public override string ToString() => $"{Kind}@{At}x{Length}={Value:X2}";
}
