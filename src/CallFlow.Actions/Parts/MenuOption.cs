using System.Text.Json.Serialization;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Parts;

/// <summary>One option of a <c>run_menu</c>: <c>{"digit": "1", "next_page": {...}}</c>.</summary>
public sealed class MenuOption : WireObject
{
    /// <summary>Creates an empty option (digit and next page are required before sending).</summary>
    public MenuOption()
    {
    }

    /// <summary>Creates an option: pressing <paramref name="digit"/> requests <paramref name="nextPage"/>.</summary>
    public MenuOption(char digit, WebPageRequest nextPage)
    {
        Digit = digit;
        NextPage = nextPage;
    }

    /// <summary><c>digit</c> (required): the key, one of <c>0123456789ABCD#*</c>.</summary>
    [JsonConverter(typeof(OptionalDigitConverter))]
    public char? Digit { get; set; }

    /// <summary><c>next_page</c> (required): the page requested when the key is pressed.</summary>
    public WebPageRequest? NextPage { get; set; }
}
