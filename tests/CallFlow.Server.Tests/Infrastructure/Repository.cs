using System.Reflection;

namespace CallFlow.Server.Tests.Infrastructure;

/// <summary>The repository these tests were built from, and the build configuration they were built in.</summary>
internal static class Repository
{
    /// <summary>The folder holding CallFlow.sln (recorded at build time by the test project).</summary>
    public static string Root { get; } = typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>Debug or Release: the libraries' build outputs are packed from the same configuration.</summary>
    public static string Configuration { get; } = typeof(Repository).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;

    /// <summary>The full path of <paramref name="relativePath"/> from the repository root.</summary>
    public static string PathOf(string relativePath) => Path.Combine(Root, relativePath);
}
