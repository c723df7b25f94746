namespace CallFlow.AspNetCore.Calls;

/// <summary>
/// The numbers (<c>calls.seq</c>) of the calls a commit touches, as their upsert returned them, written into that
/// commit's exchange rows, which index their exchanges by call number rather than by the random call id (schema
/// version 3). A call row starts with its call id; an exchange row starts with its call id (or null) then its call's
/// number, filled in here.
/// </summary>
internal sealed class CallNumbers
{
    private readonly Dictionary<string, long> _numbers = new(StringComparer.Ordinal);

    /// <summary>Records the number the upsert of <paramref name="callId"/> returned.</summary>
    public void Add(string callId, long number) => _numbers[callId] = number;

    /// <summary>Writes each exchange row's call number after its call id; null for an exchange without a call id.</summary>
    public void Fill(List<object?[]> exchanges)
    {
        foreach (var row in exchanges)
        {
            row[1] = row[0] is string callId ? _numbers[callId] : null;
        }
    }
}
