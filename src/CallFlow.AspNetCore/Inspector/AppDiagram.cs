using System.Globalization;
using CallFlow.Actions.AppFiles;
using CallFlow.Actions.Requests;

namespace CallFlow.AspNetCore.Inspector;

/// <summary>
/// The layout of an app file's diagram: a box for each page, a row in it for each rule, and an arrow from a rule to
/// each page its actions name next. Pages stand in columns by how many pages lie between them and <c>first</c>;
/// pages no rule leads to come last. The server draws it as SVG, so it needs no script.
/// </summary>
internal sealed record AppDiagram(double Width, double Height, IReadOnlyList<DiagramBox> Boxes, IReadOnlyList<DiagramLink> Links)
{
    public const double BoxWidth = 240;
    public const double HeaderHeight = 30;
    public const double RowHeight = 24;
    private const double ColumnGap = 90;
    private const double BoxGap = 30;
    private const double Margin = 20;

    public static AppDiagram Of(AppFile file)
    {
        var columns = Columns(file);
        var boxes = new Dictionary<string, DiagramBox>(StringComparer.Ordinal);
        var height = 0d;
        foreach (var (column, pages) in columns.Select((pages, column) => (column, pages)))
        {
            var y = Margin;
            foreach (var page in pages)
            {
                var rules = file.Pages.TryGetValue(page, out var found) ? found.Rules.Select(rule => rule.Label).ToList() : [];
                var box = new DiagramBox(page, Margin + (column * (BoxWidth + ColumnGap)), y, HeaderHeight + (Math.Max(rules.Count, 1) * RowHeight), rules);
                boxes[page] = box;
                y += box.Height + BoxGap;
            }

            height = Math.Max(height, y);
        }

        var links = new List<DiagramLink>();
        foreach (var page in file.Pages.Values)
        {
            var from = boxes[page.Name];
            foreach (var (rule, row) in page.Rules.Select((rule, row) => (rule, row)))
            {
                links.AddRange(rule.LinkedPages.Where(boxes.ContainsKey).Select(target => Link(from, row, rule.Label, boxes[target])));
            }
        }

        var width = (2 * Margin) + (columns.Count * BoxWidth) + ((columns.Count - 1) * ColumnGap);
        return new AppDiagram(width, height + Margin - BoxGap, boxes.Values.ToList(), links);
    }

    private static List<List<string>> Columns(AppFile file)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal) { [PageNames.First] = 0 };
        var waiting = new Queue<string>([PageNames.First]);
        while (waiting.TryDequeue(out var page))
        {
            var next = file.Pages.TryGetValue(page, out var found) ? found.Rules.SelectMany(rule => rule.LinkedPages) : [];
            foreach (var target in next.Where(target => !depth.ContainsKey(target)))
            {
                depth[target] = depth[page] + 1;
                waiting.Enqueue(target);
            }
        }

        var unreached = file.Pages.Keys.Where(page => !depth.ContainsKey(page)).ToList();
        var columns = depth.GroupBy(pair => pair.Value).OrderBy(group => group.Key).Select(group => group.Select(pair => pair.Key).ToList()).ToList();
        if (unreached.Count > 0)
        {
            columns.Add(unreached);
        }

        return columns;
    }

    private static DiagramLink Link(DiagramBox from, int row, string rule, DiagramBox to)
    {
        var startX = from.X + BoxWidth;
        var startY = from.Y + HeaderHeight + (row * RowHeight) + (RowHeight / 2);
        var endX = to.X;
        var endY = to.Y + (HeaderHeight / 2);
        // A link back to an earlier column (or its own) bends round outside the boxes instead of crossing them.
        var reach = endX > startX ? (endX - startX) / 2 : ColumnGap;
        var path = string.Create(CultureInfo.InvariantCulture,
            $"M {startX:0.#} {startY:0.#} C {startX + reach:0.#} {startY:0.#}, {endX - reach:0.#} {endY:0.#}, {endX - 2:0.#} {endY:0.#}");
        return new DiagramLink(from.Page, rule, to.Page, path);
    }
}
