using System.ComponentModel.DataAnnotations;

namespace CallFlow.AspNetCore.Pages;

/// <summary>Settings of the page endpoints, from <c>CallFlow:Pages</c>.</summary>
public sealed class PageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CallFlow:Pages";

    /// <summary><c>CallFlow:Pages:Timeout</c>: how long a page handler may take before the fallback answers. Default 3 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:00:30", ErrorMessage = "CallFlow:Pages:Timeout must be between 1 ms and 30 s.")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// <c>CallFlow:Pages:RecordTimeout</c>: how long a page waits for its exchange to be committed to the call store
    /// before answering anyway. Default 2 s. A database that hangs instead of failing would otherwise hold every page.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:30", ErrorMessage = "CallFlow:Pages:RecordTimeout must be between 10 ms and 30 s.")]
    public TimeSpan RecordTimeout { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary><c>CallFlow:Pages:MaxBodyBytes</c>: the largest page request accepted. Default 64 KiB.</summary>
    [Range(1024, 16 * 1024 * 1024, ErrorMessage = "CallFlow:Pages:MaxBodyBytes must be between 1024 and 16777216.")]
    public int MaxBodyBytes { get; set; } = 64 * 1024;
}
