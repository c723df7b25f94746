using System.ComponentModel.DataAnnotations;

namespace CallFlow.AspNetCore.Declarative;

/// <summary>Where the app files are: the <c>CallFlow</c> configuration section's <c>AppsPath</c>.</summary>
public sealed class DeclarativeAppsOptions
{
    /// <summary>The configuration section bound to these options.</summary>
    public const string Section = "CallFlow";

    /// <summary>The folder read when <c>CallFlow:AppsPath</c> is not set.</summary>
    public const string DefaultAppsPath = "apps";

    /// <summary>
    /// <c>CallFlow:AppsPath</c>: the folder of <c>*.json</c> app files, relative to the content root or absolute; a folder
    /// set here must exist. Unset: <c>apps</c> under the content root when it exists, otherwise no app files (a project
    /// with code-first apps only needs none).
    /// </summary>
    [MinLength(1, ErrorMessage = "CallFlow:AppsPath must name the folder of app files, or be left out to read \"apps\" when it exists.")]
    public string? AppsPath { get; set; }
}
