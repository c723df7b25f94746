using BenchmarkDotNet.Running;

namespace CallFlow.Bench.Micro;

/// <summary>Runs the micro benchmarks; arguments are BenchmarkDotNet's own (bench/run.sh passes <c>--filter *</c>).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
