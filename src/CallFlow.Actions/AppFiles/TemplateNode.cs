using System.Collections;
using CallFlow.Actions.Parts;

namespace CallFlow.Actions.AppFiles;

/// <summary>
/// One value of a compiled answer. A subtree without placeholders is built once at load and shared by every answer
/// (<see cref="ConstantNode"/>); only the objects on the way to a placeholder are created per request.
/// </summary>
internal abstract class TemplateNode
{
    internal abstract object? Build(PlaceholderValues values);
}

/// <summary>A value built once at load.</summary>
internal sealed class ConstantNode(object? value) : TemplateNode
{
    internal object? Value { get; } = value;

    internal override object? Build(PlaceholderValues values) => Value;
}

/// <summary>A string holding placeholders.</summary>
internal sealed class TextNode(TextTemplate text) : TemplateNode
{
    internal override object? Build(PlaceholderValues values) => text.Render(values);
}

/// <summary>A web page request whose URL holds placeholders.</summary>
internal sealed class PageRequestNode(TextTemplate url, string? method) : TemplateNode
{
    internal override object? Build(PlaceholderValues values)
    {
        var rendered = url.Render(values);
        return method is null ? new WebPageRequest(rendered) : new WebPageRequest(rendered, method);
    }
}

/// <summary>A media file whose name or URL (<paramref name="location"/>) may hold placeholders; <paramref name="webPage"/> is the request it came from, if any.</summary>
internal sealed class MediaFileNode(TemplateNode location, WebPageRequest? webPage) : TemplateNode
{
    internal override object? Build(PlaceholderValues values)
    {
        var rendered = (string)location.Build(values)!;
        return webPage is null ? new MediaFile(rendered)
            : new MediaFile(webPage.Method is { } method ? new WebPageRequest(rendered, method) : new WebPageRequest(rendered));
    }
}

/// <summary>A model object (an action, a part, a media item): a new instance with each property built.</summary>
internal sealed class ObjectNode(Func<object> create, (Action<object, object?> Set, TemplateNode Value)[] properties) : TemplateNode
{
    internal override object? Build(PlaceholderValues values)
    {
        var instance = create();
        foreach (var (set, value) in properties)
        {
            set(instance, value.Build(values));
        }

        return instance;
    }
}

/// <summary>A list (destinations, a play list, menu options): a new list with each item built.</summary>
internal sealed class ListNode(Func<object> create, TemplateNode[] items) : TemplateNode
{
    internal override object? Build(PlaceholderValues values)
    {
        var list = (IList)create();
        foreach (var item in items)
        {
            list.Add(item.Build(values));
        }

        return list;
    }
}
