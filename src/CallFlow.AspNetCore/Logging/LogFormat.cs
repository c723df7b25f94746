using Serilog.Formatting;
using Serilog.Formatting.Compact;
using Serilog.Formatting.Display;

namespace CallFlow.AspNetCore.Logging;

/// <summary>How the console lines are written, as <see cref="LoggingOptions.Json"/> chose; registered so that every sink shares it.</summary>
internal sealed class LogFormat(bool json)
{
    /// <summary>The plain-text line: time, level, source, message, then the exception if any.</summary>
    public const string TextTemplate = "[{Timestamp:HH:mm:ss.fff} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>Writes one event as its line.</summary>
    public ITextFormatter Formatter { get; } = json
        ? new CompactJsonFormatter()
        : new MessageTemplateTextFormatter(TextTemplate, System.Globalization.CultureInfo.InvariantCulture);
}
