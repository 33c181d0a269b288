using System.Buffers;
using System.Numerics.Tensors;
using System.Runtime.Intrinsics;

namespace Kaggle.Autograd.Kernels;

/// <summary>
/// A cache-blocked SIMD sgemm in C#, after Goto and van de Geijn's layering (https://doi.org/10.1145/1356052.1356053):
/// A is packed in blocks of Mr-row slivers (L2), B one Kc × nr sliver at a time (L1), and a 6×32 (AVX-512), 6×16
/// (AVX2) or 6×8 (scalar) register-tile micro-kernel runs over them. Threads split C into row blocks × column
/// chunks. Every element sums its k-blocks in order, each block with FMAs in order, so the result is the same bit for
/// bit at any thread count and for every micro-kernel width (so on AVX2 and AVX-512 machines alike).
/// </summary>
public sealed unsafe partial class ManagedGemm : IGemm
{
    private const int Mr = 6;
    private const int Kc = 256;
    private const int McMax = 240;

    // A task's B panel is at most this many slivers wide (256 columns, 256 KiB at Kc = 256), so it stays in L2.
    private const int MaxSliversPerTask = 8;

    // Products with at most SplitColumns columns and k ≥ 2·SplitDepth are summed in fixed k-ranges of SplitDepth. The
    // rule ignores m on purpose: a row's result must not depend on how many rows are multiplied with it.
    private const int SplitColumns = 512;
    private const int SplitDepth = 2048;

    // Packed buffers start on a 64-byte boundary, so no 512-bit load of B straddles two cache lines.
    private const int AlignFloats = 16;

    // Below this many multiply-adds a parallel loop costs more than it saves.
    private const double SerialBelow = 1 << 20;

    private readonly int _nr;

    internal ManagedGemm(int vectorBits)
    {
        _nr = vectorBits switch { 512 => 32, 256 => 16, 0 => 8, _ => throw new ArgumentOutOfRangeException(nameof(vectorBits)) };
        Name = vectorBits == 0 ? "managed-scalar" : $"managed-v{vectorBits}";
    }

    /// <summary>The kernel for this machine: AVX-512 micro-tiles when accelerated, else AVX2, else scalar.</summary>
    public static ManagedGemm Instance { get; } = new(Vector512.IsHardwareAccelerated ? 512 : Vector256.IsHardwareAccelerated ? 256 : 0);

    public string Name { get; }

    public void Multiply(bool transposeA, bool transposeB, int m, int n, int k, float alpha,
        ReadOnlySpan<float> a, int lda, ReadOnlySpan<float> b, int ldb, float beta, Span<float> c, int ldc)
    {
        Gemm.CheckArguments(transposeA, transposeB, m, n, k, a.Length, lda, b.Length, ldb, c.Length, ldc);
        if (m == 0 || n == 0) return;
        fixed (float* pa = a, pb = b, pc = c)
        {
            if (k == 0 || alpha == 0)
            {
                Scale(pc, 0, m, 0, n, ldc, beta);
                return;
            }
            var job = new Job(this, transposeA, transposeB, m, n, k, alpha, pa, lda, pb, ldb, beta, pc, ldc,
                (double)m * n * k < SerialBelow ? 1 : Engine.Threads);
            job.Run();
        }
    }

    /// <summary>C[rows, columns] ·= beta, with beta = 0 clearing (so NaN in C does not survive).</summary>
    private static void Scale(float* c, int row0, int rows, int col0, int columns, int ldc, float beta)
    {
        if (beta == 1) return;
        for (var i = row0; i < row0 + rows; i++)
        {
            var row = new Span<float>(c + ((long)i * ldc) + col0, columns);
            if (beta == 0) row.Clear();
            else TensorPrimitives.Multiply(row, beta, row);
        }
    }

    /// <summary>
    /// One multiplication. Work is split into tasks of (k-split, row block, column chunk). Only the k-split changes the
    /// order of the sums, and it depends on m, n and k alone, so the result is the same at any thread count.
    /// </summary>
    private sealed partial class Job(ManagedGemm gemm, bool transposeA, bool transposeB, int m, int n, int k, float alpha,
        float* a, int lda, float* b, int ldb, float beta, float* c, int ldc, int threads)
    {
        private readonly int _nr = gemm._nr;
        private int _slivers, _rowSlivers, _mc, _rowBlocks, _chunks, _sliversPerChunk, _splits, _splitDepth;
        private float* _partials, _packedA;

        public void Run()
        {
            _slivers = (n + _nr - 1) / _nr;
            _rowSlivers = (m + Mr - 1) / Mr;
            _rowBlocks = (m + McMax - 1) / McMax;
            _mc = RoundUp((m + _rowBlocks - 1) / _rowBlocks, Mr);
            // A small C with a long k (weight gradients: k = batch·pixels) has too few tiles to share; such products are
            // cut into fixed k-ranges summed separately and added in order afterwards.
            _splitDepth = n <= SplitColumns && k >= 2 * SplitDepth ? SplitDepth : k;
            _splits = (k + _splitDepth - 1) / _splitDepth;
            _chunks = threads == 1 ? 1 : Math.Clamp(((4 * threads) + (_rowBlocks * _splits) - 1) / (_rowBlocks * _splits), 1, _slivers);
            _chunks = Math.Max(_chunks, (_slivers + MaxSliversPerTask - 1) / MaxSliversPerTask);
            _sliversPerChunk = (_slivers + _chunks - 1) / _chunks;
            _chunks = (_slivers + _sliversPerChunk - 1) / _sliversPerChunk;
            var tasks = _splits * _rowBlocks * _chunks;
            var partials = _splits > 1 ? ArrayPool<float>.Shared.Rent(_splits * m * n) : null;
            var packed = ArrayPool<float>.Shared.Rent((_rowSlivers * Mr * k) + AlignFloats);
            try
            {
                fixed (float* pp = partials, pa = packed)
                {
                    _partials = pp;
                    _packedA = Align(pa);
                    var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
                    // A is packed once, shared by every task; B is packed one sliver at a time inside the tasks.
                    if (threads == 1 || (long)m * k < 1 << 16)
                        for (var r = 0; r < _rowSlivers; r++) PackA(r);
                    else
                        Parallel.For(0, _rowSlivers, options, PackA);
                    if (threads == 1 || tasks == 1)
                    {
                        var scratch = ArrayPool<float>.Shared.Rent((Kc * 32 * MaxSliversPerTask) + AlignFloats);
                        for (var t = 0; t < tasks; t++) RunTask(t, scratch);
                        ArrayPool<float>.Shared.Return(scratch);
                    }
                    else
                    {
                        Parallel.For(0, tasks, options, () => ArrayPool<float>.Shared.Rent((Kc * 32 * MaxSliversPerTask) + AlignFloats),
                            (t, _, scratch) => { RunTask(t, scratch); return scratch; }, scratch => ArrayPool<float>.Shared.Return(scratch));
                    }
                    if (_splits > 1) AddPartials();
                }
            }
            finally
            {
                if (partials is not null) ArrayPool<float>.Shared.Return(partials);
                ArrayPool<float>.Shared.Return(packed);
            }
        }

        private static int RoundUp(int value, int multiple) => (value + multiple - 1) / multiple * multiple;

        private static float* Align(float* pointer) => (float*)(((nint)pointer + 63) & ~(nint)63);

        private void AddPartials()
        {
            for (var i = 0; i < m; i++)
            {
                var row = new Span<float>(c + ((long)i * ldc), n);
                var first = new ReadOnlySpan<float>(_partials + ((long)i * n), n);
                if (beta == 0) first.CopyTo(row);
                else
                {
                    if (beta != 1) TensorPrimitives.Multiply(row, beta, row);
                    TensorPrimitives.Add(row, first, row);
                }
                for (var q = 1; q < _splits; q++)
                    TensorPrimitives.Add(row, new ReadOnlySpan<float>(_partials + ((((long)q * m) + i) * n), n), row);
            }
        }

        private void RunTask(int task, float[] scratch)
        {
            var q = task / (_rowBlocks * _chunks);
            var rest = task % (_rowBlocks * _chunks);
            var row0 = rest / _chunks * _mc;
            var rows = Math.Min(_mc, m - row0);
            var s0 = rest % _chunks * _sliversPerChunk;
            var s1 = Math.Min(_slivers, s0 + _sliversPerChunk);
            var col0 = s0 * _nr;
            var columns = Math.Min(n, s1 * _nr) - col0;
            // Without a k-split the task owns its tile of C; with one it owns a tile of partial sum q (ld = n).
            var target = _splits > 1 ? _partials + ((long)q * m * n) : c;
            var ld = _splits > 1 ? n : ldc;
            // With beta = 0 the first k-block stores instead of adding, so C is never cleared or read.
            var taskBeta = _splits > 1 ? 0 : beta;
            if (taskBeta != 0) Scale(target, row0, rows, col0, columns, ld, taskBeta);
            var tile = stackalloc float[Mr * 32];
            var kStart = q * _splitDepth;
            var kEnd = Math.Min(k, (q + 1) * _splitDepth);
            fixed (float* pinned = scratch)
            {
                var packedB = Align(pinned);
                for (var p0 = kStart; p0 < kEnd; p0 += Kc)
                {
                    var kc = Math.Min(Kc, kEnd - p0);
                    var overwrite = taskBeta == 0 && p0 == kStart;
                    var packedA = _packedA + ((long)p0 * _rowSlivers * Mr) + ((long)row0 * kc);
                    PackB(s0, s1, p0, kc, packedB);
                    for (var s = s0; s < s1; s++)
                    {
                        var bSliver = packedB + ((long)(s - s0) * kc * _nr);
                        var width = Math.Min(_nr, n - (s * _nr));
                        for (var r0 = 0; r0 < rows; r0 += Mr)
                        {
                            var aSliver = packedA + (r0 * kc);
                            var cTile = target + ((long)(row0 + r0) * ld) + (s * _nr);
                            var height = Math.Min(Mr, rows - r0);
                            if (height == Mr && width == _nr)
                            {
                                gemm.MicroKernel(kc, aSliver, bSliver, cTile, ld, overwrite);
                                continue;
                            }
                            // Edge tile: the same micro-kernel into a scratch tile, then only the valid part goes to C.
                            gemm.MicroKernel(kc, aSliver, bSliver, tile, _nr, overwrite: true);
                            for (var r = 0; r < height; r++)
                                for (var j = 0; j < width; j++)
                                {
                                    ref var cij = ref cTile[((long)r * ld) + j];
                                    cij = overwrite ? tile[(r * _nr) + j] : cij + tile[(r * _nr) + j];
                                }
                        }
                    }
                }
            }
        }
    }
}
