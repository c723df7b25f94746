using System.CommandLine;
using System.CommandLine.Parsing;
using CallFlow.Simulator.Http;

namespace CallFlow.Cli.Arguments;

/// <summary>The options simulate and replay share: the URL to talk to and the page routes' Basic credentials.</summary>
internal sealed class CommonOptions
{
    private CommonOptions(string urlDescription)
    {
        Url = new Option<Uri>("--url")
        {
            Description = urlDescription,
            Required = true,
            HelpName = "URL",
            CustomParser = ParseUrl,
        };
        User = new Option<string>("--user") { Description = "User name for HTTP Basic on the page routes (CallFlow:PageAuth:Username); needs --password.", HelpName = "U" };
        Password = new Option<string>("--password") { Description = "Password for HTTP Basic on the page routes; needs --user.", HelpName = "P" };
    }

    /// <summary><c>--url</c>: an absolute http or https URL.</summary>
    public Option<Uri> Url { get; }

    /// <summary><c>--user</c>.</summary>
    public Option<string> User { get; }

    /// <summary><c>--password</c>.</summary>
    public Option<string> Password { get; }

    /// <summary>Adds the options to <paramref name="command"/>, with the rule that --user and --password come together.</summary>
    public static CommonOptions AddTo(Command command, string urlDescription)
    {
        var options = new CommonOptions(urlDescription);
        command.Options.Add(options.Url);
        command.Options.Add(options.User);
        command.Options.Add(options.Password);
        command.Validators.Add(result =>
        {
            var hasUser = result.GetResult(options.User) is not null;
            var hasPassword = result.GetResult(options.Password) is not null;
            if (hasUser != hasPassword)
            {
                result.AddError(hasUser ? "--user needs --password too." : "--password needs --user too.");
            }
        });
        return options;
    }

    /// <summary>The credentials given, or null.</summary>
    public PageCredentials? Credentials(ParseResult parsed) =>
        parsed.GetValue(User) is { } user && parsed.GetValue(Password) is { } password ? new PageCredentials(user, password) : null;

    private static Uri? ParseUrl(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
        {
            return url;
        }

        result.AddError($"--url must be an absolute http:// or https:// URL such as http://localhost:5000/apps/reception, not \"{text}\".");
        return null;
    }
}
