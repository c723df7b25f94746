using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.DialConnect;

/// <summary>Checks <see cref="DialConnectOptions"/> at startup, naming each wrong configuration key.</summary>
public sealed class DialConnectOptionsValidator : IValidateOptions<DialConnectOptions>
{
    private const string Prefix = DialConnectOptions.SectionName + ":";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, DialConnectOptions options)
    {
        var failures = new List<string>();
        foreach (var (key, value) in new[]
                 {
                     ("PollInterval", options.PollInterval), ("StatusCheckAfter", options.StatusCheckAfter),
                     ("DialingTimeout", options.DialingTimeout), ("FinalPageGrace", options.FinalPageGrace),
                 })
        {
            if (value <= TimeSpan.Zero)
            {
                failures.Add($"{Prefix}{key} must be a positive time span such as 00:01:00, not {value}.");
            }
        }

        if (options.BatchSize is < 1 or > 1000)
        {
            failures.Add($"{Prefix}BatchSize must be between 1 and 1000 calls, not {options.BatchSize}.");
        }

        if (options.DialingTimeout <= options.StatusCheckAfter)
        {
            failures.Add($"{Prefix}DialingTimeout ({options.DialingTimeout}) must be longer than {Prefix}StatusCheckAfter ({options.StatusCheckAfter}), or the platform is never asked.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
