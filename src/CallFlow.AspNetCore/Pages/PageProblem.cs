namespace CallFlow.AspNetCore.Pages;

/// <summary>Why a page request cannot be answered: its HTTP status, a title, a detail, and the fields at fault by wire path.</summary>
/// <param name="Status">400, 404, 413 or 415.</param>
/// <param name="Title">A short summary.</param>
/// <param name="Detail">What is wrong, in a sentence.</param>
/// <param name="Errors">Problems by wire path (e.g. <c>instance_info.this_call.call_id</c>), or null.</param>
public sealed record PageProblem(int Status, string Title, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null);
