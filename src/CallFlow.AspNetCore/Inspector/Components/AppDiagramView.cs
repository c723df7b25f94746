using System.Globalization;
using CallFlow.Actions.AppFiles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace CallFlow.AspNetCore.Inspector.Components;

/// <summary>
/// An app file's pages, rules and next-page links as inline SVG (see <see cref="AppDiagram"/> for the layout). Written
/// as code because Razor markup reads an SVG <c>text</c> element as its own text tag.
/// </summary>
public sealed class AppDiagramView : ComponentBase
{
    private const int MaxLabelLength = 30;

    /// <summary>The app file to draw.</summary>
    [Parameter, EditorRequired]
    public AppFile File { get; set; } = default!;

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var diagram = AppDiagram.Of(File);
        builder.OpenElement(0, "svg");
        builder.AddAttribute(1, "xmlns", "http://www.w3.org/2000/svg");
        builder.AddAttribute(2, "width", Number(diagram.Width));
        builder.AddAttribute(3, "height", Number(diagram.Height));
        builder.AddAttribute(4, "viewBox", $"0 0 {Number(diagram.Width)} {Number(diagram.Height)}");
        builder.AddAttribute(5, "role", "img");
        builder.AddAttribute(6, "aria-labelledby", "diagram-title");
        Element(builder, 7, "title", [("id", "diagram-title")], $"Pages of {File.Name}: {string.Join("; ", diagram.Links.Select(link => $"{link.FromPage} ({link.Rule}) leads to {link.ToPage}"))}");

        builder.OpenElement(10, "defs");
        builder.OpenElement(11, "marker");
        builder.AddAttribute(12, "id", "arrow");
        builder.AddAttribute(13, "viewBox", "0 0 10 10");
        builder.AddAttribute(14, "refX", "9");
        builder.AddAttribute(15, "refY", "5");
        builder.AddAttribute(16, "markerWidth", "8");
        builder.AddAttribute(17, "markerHeight", "8");
        builder.AddAttribute(18, "orient", "auto-start-reverse");
        Element(builder, 19, "path", [("class", "arrow"), ("d", "M 0 0 L 10 5 L 0 10 z")], null);
        builder.CloseElement();
        builder.CloseElement();

        foreach (var link in diagram.Links)
        {
            builder.OpenElement(20, "path");
            builder.AddAttribute(21, "class", "link");
            builder.AddAttribute(22, "d", link.Path);
            builder.AddAttribute(23, "marker-end", "url(#arrow)");
            Element(builder, 24, "title", [], $"{link.FromPage}, {link.Rule} → {link.ToPage}");
            builder.CloseElement();
        }

        foreach (var box in diagram.Boxes)
        {
            builder.OpenElement(30, "g");
            builder.AddAttribute(31, "class", "page");
            Element(builder, 32, "rect", [("class", "box"), ("x", Number(box.X)), ("y", Number(box.Y)), ("width", Number(AppDiagram.BoxWidth)), ("height", Number(box.Height)), ("rx", "5")], null);
            Element(builder, 33, "rect", [("class", "head"), ("x", Number(box.X)), ("y", Number(box.Y)), ("width", Number(AppDiagram.BoxWidth)), ("height", Number(AppDiagram.HeaderHeight)), ("rx", "5")], null);
            Element(builder, 34, "text", [("class", "title"), ("x", Number(box.X + 10)), ("y", Number(box.Y + 20))], Shorten(box.Page));
            var rules = box.Rules.Count > 0 ? box.Rules : ["(every app has it)"];
            foreach (var (rule, row) in rules.Select((rule, row) => (rule, row)))
            {
                var y = box.Y + AppDiagram.HeaderHeight + (row * AppDiagram.RowHeight) + 17;
                Element(builder, 35, "text", [("class", "rule"), ("x", Number(box.X + 10)), ("y", Number(y))], $"{row + 1}. {Shorten(rule)}");
            }

            builder.CloseElement();
        }

        builder.CloseElement();
    }

    private static void Element(RenderTreeBuilder builder, int sequence, string name, (string Name, string Value)[] attributes, string? content)
    {
        // A region gives the helper's own sequence numbers a scope of their own at each place it is called from; the
        // analyzer wants a literal, and each call site does pass one.
#pragma warning disable ASP0006
        builder.OpenRegion(sequence);
#pragma warning restore ASP0006
        builder.OpenElement(0, name);
        foreach (var (attribute, value) in attributes)
        {
            builder.AddAttribute(1, attribute, value);
        }

        if (content is not null)
        {
            builder.AddContent(2, content);
        }

        builder.CloseElement();
        builder.CloseRegion();
    }

    private static string Shorten(string label) => label.Length <= MaxLabelLength ? label : label[..(MaxLabelLength - 1)] + "…";

    private static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
