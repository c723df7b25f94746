using System.ComponentModel.DataAnnotations;

namespace CallFlow.Server.Samples;

/// <summary>Settings of the <c>simple-connect</c> sample, from <c>CallFlow:Samples:SimpleConnect</c>.</summary>
public sealed class SimpleConnectOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "CallFlow:Samples:SimpleConnect";

    /// <summary><c>CallFlow:Samples:SimpleConnect:Destinations</c>: the numbers to ring; the first to answer is connected.</summary>
    [MinLength(1, ErrorMessage = "CallFlow:Samples:SimpleConnect:Destinations needs at least one number.")]
    public List<string> Destinations { get; set; } = [];

    /// <summary><c>CallFlow:Samples:SimpleConnect:Greeting</c>: what the caller hears first.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "CallFlow:Samples:SimpleConnect:Greeting must not be empty.")]
    public string Greeting { get; set; } = "Connecting you now.";
}
