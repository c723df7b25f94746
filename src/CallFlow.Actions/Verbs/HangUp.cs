namespace CallFlow.Actions.Verbs;

/// <summary><c>hang_up</c>: ends the call; the platform then requests the final page. Written as <c>{"hang_up": {}}</c>.</summary>
public sealed class HangUp : TelephonyAction
{
}
