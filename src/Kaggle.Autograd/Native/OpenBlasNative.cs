using System.Reflection;
using System.Runtime.InteropServices;

namespace Kaggle.Autograd.Native;

/// <summary>
/// The few OpenBLAS entry points the engine needs (Debian's <c>libopenblas0-pthread</c>). The library name
/// <c>"openblas"</c> is resolved by <see cref="Resolve"/> through <see cref="Candidates"/>, so a machine with only the
/// versioned <c>libopenblas.so.0</c> (no -dev package) works.
/// </summary>
internal static partial class OpenBlasNative
{
    private const string Lib = "openblas";

    // CBLAS enum values (cblas.h): CblasRowMajor = 101, CblasNoTrans = 111, CblasTrans = 112.
    internal const int RowMajor = 101;
    internal const int NoTrans = 111;
    internal const int Trans = 112;

    /// <summary>The names and paths tried, in order.</summary>
    internal static readonly string[] Candidates =
    [
        "libopenblas.so.0",
        "libopenblas.so",
        "/usr/lib/x86_64-linux-gnu/libopenblas.so.0",
        "/usr/lib/aarch64-linux-gnu/libopenblas.so.0",
        "libopenblas.dylib",
        "libopenblas.dll",
        "openblas",
    ];

    static OpenBlasNative() => NativeLibrary.SetDllImportResolver(typeof(OpenBlasNative).Assembly, Resolve);

    [LibraryImport(Lib)]
    internal static unsafe partial void cblas_sgemm(int order, int transA, int transB, int m, int n, int k,
        float alpha, float* a, int lda, float* b, int ldb, float beta, float* c, int ldc);

    [LibraryImport(Lib)]
    internal static partial void openblas_set_num_threads(int threads);

    [LibraryImport(Lib)]
    internal static partial int openblas_get_num_threads();

    [LibraryImport(Lib)]
    internal static partial nint openblas_get_config();

    /// <summary>Loads the library once, returning false (and what was tried) when no candidate loads.</summary>
    internal static bool TryLoad(out nint handle, out string error)
    {
        handle = Resolve(Lib, typeof(OpenBlasNative).Assembly, null);
        error = handle == 0
            ? $"OpenBLAS could not be loaded; tried {string.Join(", ", Candidates)}. On Debian/Ubuntu: apt-get install libopenblas0-pthread."
            : "";
        return handle != 0;
    }

    private static nint Resolve(string name, Assembly assembly, DllImportSearchPath? path)
    {
        if (name != Lib) return 0;
        foreach (var candidate in Candidates)
            if (NativeLibrary.TryLoad(candidate, assembly, path, out var handle))
                return handle;
        return 0;
    }
}
