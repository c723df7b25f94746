namespace CallFlow.AspNetCore.Inspector;

/// <summary>An arrow of an <see cref="AppDiagram"/>: from a rule of one page to a page its actions name, as an SVG path.</summary>
internal sealed record DiagramLink(string FromPage, string Rule, string ToPage, string Path);
