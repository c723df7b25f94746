using CallFlow.Actions.Verbs;

namespace CallFlow.Simulator;

/// <summary>An action waiting to run, with the page that answered it: relative URLs in it resolve against that page.</summary>
internal sealed record QueuedAction(TelephonyAction Action, Uri Page);
