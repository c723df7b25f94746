namespace CallFlow.Server.Tests.Declarative;

/// <summary>Waits for something the server does in the background (a file reload) to become true.</summary>
public static class Eventually
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public static async Task HoldsAsync(Func<bool> condition, string what)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > Deadline)
            {
                Assert.Fail($"Still not true after {Deadline.TotalSeconds} s: {what}");
            }

            await Task.Delay(50);
        }
    }
}
