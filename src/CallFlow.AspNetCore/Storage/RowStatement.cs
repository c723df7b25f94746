using System.Globalization;

namespace CallFlow.AspNetCore.Storage;

/// <summary>An SQL statement that writes one row, its values bound to the parameters <c>@v0</c> to <c>@v{Columns-1}</c> in order.</summary>
/// <param name="Sql">The statement.</param>
/// <param name="Columns">How many values a row has.</param>
internal sealed record RowStatement(string Sql, int Columns)
{
    /// <summary><c>{insert} (@v0, ..., @vN) {suffix}</c>: an insert of one row of <paramref name="columns"/> values.</summary>
    public static RowStatement Insert(string insert, string suffix, int columns) =>
        new($"{insert} ({string.Join(", ", Enumerable.Range(0, columns).Select(Parameter))}) {suffix}", columns);

    /// <summary>The parameter of the value in <paramref name="column"/>.</summary>
    public static string Parameter(int column) => string.Create(CultureInfo.InvariantCulture, $"@v{column}");
}
