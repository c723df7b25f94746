using System.Text.Json;
using CallFlow.Actions.Parts;
using FluentValidation;

namespace CallFlow.Actions.Validation;

/// <summary>The model's recurring rules, each with the message the wire path is followed by.</summary>
public static class RuleExtensions
{
    /// <summary>The value must be present (and, for strings and collections, not empty).</summary>
    public static IRuleBuilderOptions<T, TProperty> Required<T, TProperty>(this IRuleBuilder<T, TProperty> rule) =>
        rule.NotEmpty().WithMessage("is required");

    /// <summary>An optional key must be one of <c>0123456789ABCD#*</c>.</summary>
    public static IRuleBuilderOptions<T, char?> IsKey<T>(this IRuleBuilder<T, char?> rule) =>
        rule.Must(key => key is null || Keys.IsKey(key.Value))
            .WithMessage((_, key) => $"'{key}' is not a key; use one of {Keys.Alphabet}");

    /// <summary>An optional key given as text must be one of <c>0123456789ABCD#*</c>, or <c>""</c>, which the platform reads as "none".</summary>
    public static IRuleBuilderOptions<T, string?> IsKeyOrNone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(key => key is null or "" || (key.Length == 1 && Keys.IsKey(key[0])))
            .WithMessage((_, key) => $"\"{key}\" is not a key; use one of {Keys.Alphabet}, or \"\" for none");

    /// <summary>An optional string of keys must hold only characters of <c>0123456789ABCD#*</c>.</summary>
    public static IRuleBuilderOptions<T, string?> AreKeys<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(keys => keys is null || Keys.AreKeys(keys))
            .WithMessage((_, keys) => $"\"{keys}\" holds a character that is not a key; use only {Keys.Alphabet}");

    /// <summary>An optional timeout or duration must be greater than zero.</summary>
    public static IRuleBuilderOptions<T, int?> Positive<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(value => value is null or > 0).WithMessage((_, value) => $"must be greater than 0, not {value}");

    /// <summary>An optional word must be one of the values the platform documents for it.</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IReadOnlyList<string> values) =>
        rule.Must(value => value is null || values.Contains(value, StringComparer.Ordinal))
            .WithMessage((_, value) => $"must be one of {string.Join(", ", values)}, not \"{value}\"");

    /// <summary>An optional raw JSON value (a settings object whose fields the model does not know) must be an object.</summary>
    public static IRuleBuilderOptions<T, JsonElement?> IsObject<T>(this IRuleBuilder<T, JsonElement?> rule) =>
        rule.Must(value => value is null || value.Value.ValueKind == JsonValueKind.Object)
            .WithMessage((_, value) => $"must be an object, not {value!.Value.ValueKind.ToString().ToLowerInvariant()}");

    /// <summary>An optional count must lie between <paramref name="min"/> and <paramref name="max"/>, both included.</summary>
    public static IRuleBuilderOptions<T, int?> Between<T>(this IRuleBuilder<T, int?> rule, int min, int max) =>
        rule.Must(value => value is null || (value >= min && value <= max)).WithMessage((_, value) => $"must be from {min} to {max}, not {value}");

    /// <summary>A decryption cipher is allowed only when the file it decrypts is in the media file store, not fetched by a web page request.</summary>
    public static IRuleBuilderOptions<T, Cipher?> OnlyForStoredFile<T>(this IRuleBuilder<T, Cipher?> rule, Func<T, MediaFile?> file, string fileWireName) =>
        rule.Must((owner, cipher) => cipher is null || file(owner)?.WebPage is null)
            .WithMessage($"cannot be used when {fileWireName} is a web page request: only a file in the media file store is decrypted");

    /// <summary>An optional count or duration must not be negative (0 has a meaning of its own, such as "at once").</summary>
    public static IRuleBuilderOptions<T, int?> NotNegative<T>(this IRuleBuilder<T, int?> rule) =>
        rule.Must(value => value is null or >= 0).WithMessage((_, value) => $"must not be negative, not {value}");
}
