namespace CallFlow.AspNetCore.Inspector;

/// <summary>One piece of formatted JSON and what it is, for highlighting.</summary>
/// <param name="Kind">A CSS class suffix: <c>key</c>, <c>string</c>, <c>number</c>, <c>literal</c>, <c>punctuation</c> or <c>space</c>.</param>
/// <param name="Text">The text, unencoded: the page encodes it as it renders.</param>
public sealed record JsonToken(string Kind, string Text);
