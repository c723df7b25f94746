namespace CallFlow.AspNetCore.Inspector;

/// <summary>A page's box in an <see cref="AppDiagram"/>: where it stands and the labels of its rules, in order.</summary>
internal sealed record DiagramBox(string Page, double X, double Y, double Height, IReadOnlyList<string> Rules);
