using System.Text.Json;

namespace CallFlow.Cli.Documents;

/// <summary>A document that parsed as JSON: the file it came from, its text and its root.</summary>
internal sealed record DocumentSource(string File, string Text, JsonElement Root);
