using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CallFlow.Actions.Serialization;

namespace CallFlow.Actions.Validation;

/// <summary>
/// The wire name of a model member, taken from the serializer contract itself so validation messages and JSON
/// always agree (<c>ConnectToConference.Participant</c> is <c>conference_participant</c>).
/// </summary>
public static class WireNames
{
    private static readonly ConcurrentDictionary<(Type, string), string> Cache = new();

    /// <summary>The JSON property name of <paramref name="memberName"/> on <paramref name="type"/>.</summary>
    /// <exception cref="ArgumentException">The member is not part of the type's JSON contract.</exception>
    public static string Of(Type type, string memberName) => Cache.GetOrAdd((type, memberName), Resolve);

    private static string Resolve((Type Type, string MemberName) key)
    {
        var typeInfo = CallFlowJsonContext.Default.GetTypeInfo(key.Type)
            ?? throw new ArgumentException($"{key.Type.Name} has no entry in {nameof(CallFlowJsonContext)}.", nameof(key));
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            // A type with its own converter (web page requests) writes snake_case names by hand.
            return JsonNamingPolicy.SnakeCaseLower.ConvertName(key.MemberName);
        }

        foreach (var property in typeInfo.Properties)
        {
            if (property.AttributeProvider is MemberInfo member && member.Name == key.MemberName)
            {
                return property.Name;
            }
        }

        throw new ArgumentException($"{key.Type.Name}.{key.MemberName} is not part of the wire contract.", nameof(key));
    }
}
