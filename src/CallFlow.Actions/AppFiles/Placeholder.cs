namespace CallFlow.Actions.AppFiles;

/// <summary>One placeholder of a string: <c>{call_from}</c>, or <c>{call_from:5}</c> with a digit count.</summary>
internal readonly record struct Placeholder(PlaceholderName Name, int? DigitCount);
