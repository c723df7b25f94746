using System.Text.Json.Serialization;
using CallFlow.Actions.Parts;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Verbs;

/// <summary>
/// <c>run_menu</c>: plays a prompt and requests the page of the option whose digit the caller presses.
/// Result: <see cref="Results.RunMenuResult"/>.
/// </summary>
public sealed class RunMenu : TelephonyAction
{
    /// <summary>Creates a menu with no options yet (at least one is required before sending).</summary>
    public RunMenu()
    {
    }

    /// <summary>Creates a menu with the given options.</summary>
    public RunMenu(params IEnumerable<MenuOption> options) => MenuOptions.AddRange(options);

    /// <summary><c>menu_options</c> (required): the digits the caller may press and the page each one leads to.</summary>
    public List<MenuOption> MenuOptions { get; set; } = [];

    /// <summary><c>prompt</c>: a play action that presents the menu. Platform default: null, no prompt.</summary>
    [JsonConverter(typeof(WrappedPlayConverter))]
    public Play? Prompt { get; set; }

    /// <summary><c>help_digit</c>: the key that replays the prompt; <c>""</c> for none. Platform default: <c>*</c>.</summary>
    [JsonConverter(typeof(OptionalKeyConverter))]
    public string? HelpDigit { get; set; }

    /// <summary><c>seconds_digit_timeout</c>: seconds to wait for a key. Platform default: 5.</summary>
    public int? SecondsDigitTimeout { get; set; }

    /// <summary><c>on_digit_timeout_messages</c>: play actions used in turn when no key is pressed in time. Platform default: "Sorry, I did not hear that." then "Please listen to the instructions and then use your telephone keypad to enter a valid number.".</summary>
    [JsonConverter(typeof(WrappedPlayListConverter))]
    public List<Play>? OnDigitTimeoutMessages { get; set; }

    /// <summary><c>on_invalid_digit_messages</c>: play actions used in turn when a key matches no option. Platform default: "Sorry, that was not a valid number." then "Please listen to the instructions and enter a valid number.".</summary>
    [JsonConverter(typeof(WrappedPlayListConverter))]
    public List<Play>? OnInvalidDigitMessages { get; set; }

    /// <summary>Adds an option; returns this action for chaining.</summary>
    public RunMenu AddOption(char digit, WebPageRequest nextPage)
    {
        MenuOptions.Add(new MenuOption(digit, nextPage));
        return this;
    }
}
