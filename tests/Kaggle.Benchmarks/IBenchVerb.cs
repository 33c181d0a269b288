namespace Kaggle.Benchmarks;

/// <summary>A benchmark verb run as <c>dotnet run -c Release --project tests/Kaggle.Benchmarks -- &lt;name&gt; [--flag value]...</c>; it prints one JSON line.</summary>
internal interface IBenchVerb
{
    string Name { get; }

    string Description { get; }

    int Run(BenchArgs args);
}
