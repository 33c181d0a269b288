using System.Numerics.Tensors;
using System.Runtime.Intrinsics;

namespace Kaggle.Autograd.Kernels;

public sealed unsafe partial class ManagedGemm
{
    /// <summary>Packing: rearranging blocks of A and B into the sliver layouts the micro-kernel streams through.</summary>
    private sealed partial class Job
    {
        /// <summary>
        /// Packs k-rows [p0, p0+kc) of B's column slivers [s0, s1) into consecutive slivers of kc rows × nr values,
        /// zero-padded. Untransposed B is read row by row across the whole panel, so the reads are sequential.
        /// </summary>
        private void PackB(int s0, int s1, int p0, int kc, float* dst)
        {
            var col0 = s0 * _nr;
            var width = Math.Min(n, s1 * _nr) - col0;
            if (transposeB)
            {
                for (var j = 0; j < width; j++)
                {
                    var src = b + ((long)(col0 + j) * ldb) + p0;
                    var sliver = dst + ((long)(j / _nr) * kc * _nr) + (j % _nr);
                    for (var p = 0; p < kc; p++) sliver[p * _nr] = src[p];
                }
            }
            else
            {
                var full = width / _nr;
                for (var p = 0; p < kc; p++)
                {
                    var src = b + ((long)(p0 + p) * ldb) + col0;
                    var row = dst + (p * _nr);
                    for (var s = 0; s < full; s++, src += _nr, row += (long)kc * _nr)
                        CopySliverRow(src, row, _nr);
                    for (var j = 0; j < width - (full * _nr); j++) row[j] = src[j];
                }
            }
            var tail = width % _nr;
            if (tail != 0)
            {
                var last = dst + ((long)(width / _nr) * kc * _nr);
                for (var p = 0; p < kc; p++) new Span<float>(last + (p * _nr) + tail, _nr - tail).Clear();
            }
        }

        /// <summary>
        /// Packs row sliver <paramref name="sliver"/> (Mr rows of alpha·op(A), zero-padded) for every k-block: block q
        /// holds kc rows of Mr values at q·Kc·(Mr·rowSlivers) + sliver·kc·Mr, so a row block's slivers are contiguous.
        /// The writes are sequential: for each k, the Mr values of the sliver's rows.
        /// </summary>
        private void PackA(int sliver)
        {
            var row0 = sliver * Mr;
            var height = Math.Min(Mr, m - row0);
            var rows = stackalloc long[Mr];
            for (var r = 0; r < Mr; r++) rows[r] = r < height ? row0 + r : -1;
            for (var p0 = 0; p0 < k; p0 += Kc)
            {
                var kc = Math.Min(Kc, k - p0);
                var dst = _packedA + ((long)p0 * _rowSlivers * Mr) + ((long)sliver * kc * Mr);
                if (transposeA)
                {
                    // op(A)(i, p) = a[p·lda + i]: each k holds the sliver's Mr values side by side.
                    for (var p = 0; p < kc; p++, dst += Mr)
                    {
                        var src = a + ((long)(p0 + p) * lda) + row0;
                        for (var r = 0; r < height; r++) dst[r] = src[r];
                        for (var r = height; r < Mr; r++) dst[r] = 0;
                    }
                }
                else if (height == Mr)
                {
                    float* r0 = a + (rows[0] * lda) + p0, r1 = a + (rows[1] * lda) + p0, r2 = a + (rows[2] * lda) + p0;
                    float* r3 = a + (rows[3] * lda) + p0, r4 = a + (rows[4] * lda) + p0, r5 = a + (rows[5] * lda) + p0;
                    for (var p = 0; p < kc; p++, dst += Mr)
                    {
                        dst[0] = r0[p];
                        dst[1] = r1[p];
                        dst[2] = r2[p];
                        dst[3] = r3[p];
                        dst[4] = r4[p];
                        dst[5] = r5[p];
                    }
                }
                else
                {
                    for (var p = 0; p < kc; p++, dst += Mr)
                        for (var r = 0; r < Mr; r++) dst[r] = rows[r] < 0 ? 0 : a[(rows[r] * lda) + p0 + p];
                }
                if (alpha != 1)
                {
                    var block = new Span<float>(_packedA + ((long)p0 * _rowSlivers * Mr) + ((long)sliver * kc * Mr), kc * Mr);
                    TensorPrimitives.Multiply(block, alpha, block);
                }
            }
        }

        /// <summary>Copies one k-row of a sliver (nr floats) with full-width vector moves.</summary>
        private static void CopySliverRow(float* src, float* dst, int nr)
        {
            switch (nr)
            {
                case 32:
                    Vector512.Store(Vector512.Load(src), dst);
                    Vector512.Store(Vector512.Load(src + 16), dst + 16);
                    break;
                case 16:
                    Vector256.Store(Vector256.Load(src), dst);
                    Vector256.Store(Vector256.Load(src + 8), dst + 8);
                    break;
                default:
                    for (var j = 0; j < nr; j++) dst[j] = src[j];
                    break;
            }
        }
    }
}
