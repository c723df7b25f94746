using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace CallFlow.AspNetCore.Inspector.Components;

/// <summary>
/// A JSON value, indented and highlighted. Written as code rather than markup so the whitespace inside <c>pre</c> is
/// exactly the indentation; every token is HTML-encoded as it renders.
/// </summary>
public sealed class JsonView : ComponentBase
{
    /// <summary>The value to show.</summary>
    [Parameter, EditorRequired]
    public JsonElement Value { get; set; }

    /// <summary>What the value is, for screen readers.</summary>
    [Parameter, EditorRequired]
    public string Label { get; set; } = "";

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "pre");
        builder.AddAttribute(1, "class", "json");
        // Focusable, so a keyboard user can scroll a long document.
        builder.AddAttribute(2, "tabindex", "0");
        builder.AddAttribute(3, "aria-label", Label);
        foreach (var token in JsonTokens.Of(Value))
        {
            if (token.Kind == "space")
            {
                builder.AddContent(4, token.Text);
                continue;
            }

            builder.OpenElement(5, "span");
            builder.AddAttribute(6, "class", "j-" + token.Kind);
            builder.AddContent(7, token.Text);
            builder.CloseElement();
        }

        builder.CloseElement();
    }
}
