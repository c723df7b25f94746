using System.Text;
using CallFlow.Actions.Verbs;

namespace CallFlow.Simulator;

/// <summary>What a get_number collects from the keys pressed, with the platform's defaults for its properties.</summary>
internal sealed record NumberEntry(string Number, int HelpPresses)
{
    /// <summary>The number <paramref name="keys"/> enter: up to the end digit or digit_count keys; the help key replays the prompt, keys not in valid_digits are ignored.</summary>
    public static NumberEntry From(GetNumber action, string keys)
    {
        var endDigit = action.EndDigit ?? "#";
        var helpDigit = action.HelpDigit ?? "*";
        var validDigits = action.ValidDigits ?? "0123456789";
        var digitCount = action.DigitCount ?? 0;
        var number = new StringBuilder();
        var helpPresses = 0;
        foreach (var key in keys.Select(key => key.ToString()))
        {
            if (key == endDigit)
            {
                break;
            }

            if (key == helpDigit)
            {
                helpPresses++;
            }
            else if (validDigits.Contains(key, StringComparison.Ordinal))
            {
                number.Append(key);
                if (digitCount > 0 && number.Length == digitCount)
                {
                    break;
                }
            }
        }

        return new NumberEntry(number.ToString(), helpPresses);
    }
}
