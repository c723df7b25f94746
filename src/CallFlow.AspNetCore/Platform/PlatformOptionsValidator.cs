using CallFlow.Actions.Validation;
using Microsoft.Extensions.Options;

namespace CallFlow.AspNetCore.Platform;

/// <summary>
/// Checks <see cref="PlatformOptions"/> before the first call is started, naming each wrong configuration key;
/// registered with <c>ValidateOnStart</c> when click-to-call is enabled, and run by <see cref="OutboundServiceClient.Create"/>.
/// Local mode needs none of the platform's settings; when none is set at all, the message points to it.
/// </summary>
public sealed class PlatformOptionsValidator : IValidateOptions<PlatformOptions>
{
    private const string Prefix = PlatformOptions.SectionName + ":";

    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, PlatformOptions options)
    {
        var failures = Check(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<string> Check(PlatformOptions options)
    {
        if (options.ParsedMode is null)
        {
            yield return $"{Prefix}Mode must be platform (the platform at {Prefix}BaseUrl) or local (CallFlow plays the platform itself), not \"{options.Mode}\".";
        }

        var checks = options.IsLocal ? CheckLocal(options) : CheckPlatform(options);
        foreach (var failure in checks.Concat(CheckRetries(options)))
        {
            yield return failure;
        }
    }

    private static IEnumerable<string> CheckLocal(PlatformOptions options)
    {
        if (options.DefaultCallerId is not null && !Destinations.IsValid(options.DefaultCallerId))
        {
            yield return $"{Prefix}DefaultCallerId must be a validated caller id (digits, optionally after '+', or a sip:/tel: address), or unset in local mode.";
        }

        if (string.IsNullOrWhiteSpace(options.LocalApp) || options.LocalApp.Contains('/'))
        {
            yield return $"{Prefix}LocalApp must be the name of the app whose first page local calls request (default dial-connect), not \"{options.LocalApp}\".";
        }
    }

    private static IEnumerable<string> CheckPlatform(PlatformOptions options)
    {
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
        {
            yield return $"{Prefix}BaseUrl must be the absolute http(s) URL of the platform's web services (e.g. https://ws.aculabcloud.net/), not \"{options.BaseUrl}\".";
        }

        foreach (var (key, value) in new[] { ("CloudId", options.CloudId), ("Username", options.Username), ("OutboundService", options.OutboundService) })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                yield return $"{Prefix}{key} is required: service_start authenticates as CloudId/Username/OutboundService.";
            }
            else if (value.Contains('/'))
            {
                yield return $"{Prefix}{key} must not contain '/': it is one part of the username CloudId/Username/OutboundService.";
            }
        }

        if (string.IsNullOrEmpty(options.OutboundServicePassword))
        {
            yield return $"{Prefix}OutboundServicePassword is required: it is the password of the outbound service.";
        }

        if (!Destinations.IsValid(options.DefaultCallerId))
        {
            yield return $"{Prefix}DefaultCallerId {Destinations.Problem(options.DefaultCallerId)}: it is the validated caller id, the 'from' of calls that give none.";
        }

        // A first try with nothing set should learn that it need not set anything.
        if (options.BaseUrl is null && options.OutboundServicePassword is null)
        {
            yield return $"To try click-to-call without a platform, set {Prefix}Mode to local instead: CallFlow then plays the platform itself and no phone rings.";
        }
    }

    private static IEnumerable<string> CheckRetries(PlatformOptions options)
    {
        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            yield return $"{Prefix}MaxRetryAttempts must be between 0 and 10, not {options.MaxRetryAttempts}.";
        }

        foreach (var (key, value) in new[] { ("RetryBaseDelay", options.RetryBaseDelay), ("RetryMaxDelay", options.RetryMaxDelay), ("AttemptTimeout", options.AttemptTimeout) })
        {
            if (value <= TimeSpan.Zero)
            {
                yield return $"{Prefix}{key} must be a positive time span such as 00:00:05, not {value}.";
            }
        }
    }
}
