using System.ComponentModel.DataAnnotations;

namespace CallFlow.AspNetCore.Declarative;

/// <summary>Where the app files are: the <c>CallFlow</c> configuration section's <c>AppsPath</c>.</summary>
public sealed class DeclarativeAppsOptions
{
    /// <summary>The configuration section bound to these options.</summary>
    public const string Section = "CallFlow";

    /// <summary><c>CallFlow:AppsPath</c>: the folder of <c>*.json</c> app files, relative to the content root or absolute. Default <c>apps</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "CallFlow:AppsPath must name the folder of app files (default \"apps\").")]
    public string AppsPath { get; set; } = "apps";
}
