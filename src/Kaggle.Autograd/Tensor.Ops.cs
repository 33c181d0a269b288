using Kaggle.Autograd.Ops;

namespace Kaggle.Autograd;

// The primitive ops: each method validates and applies one Function from Ops/. Binary ops broadcast NumPy-style by
// expanding both sides to a common shape first.
public sealed partial class Tensor
{
    public Tensor Relu() => new Relu().Apply(this);

    /// <summary>x for x &gt; 0, <paramref name="slope"/>·x otherwise (PyTorch's default slope 0.01).</summary>
    public Tensor LeakyRelu(float slope = 0.01f) => new LeakyRelu(slope).Apply(this);

    public Tensor Exp() => new Exp().Apply(this);

    public Tensor Log() => new Log().Apply(this);

    public Tensor Sigmoid() => new Sigmoid().Apply(this);

    public Tensor Tanh() => new Tanh().Apply(this);

    public Tensor Sqrt() => new Sqrt().Apply(this);

    /// <summary>scale·x + shift elementwise.</summary>
    public Tensor Affine(float scale, float shift) => new Affine(scale, shift).Apply(this);

    public Tensor Add(Tensor other) => Binary(new Add(), this, other);

    public Tensor Sub(Tensor other) => Binary(new Sub(), this, other);

    public Tensor Mul(Tensor other) => Binary(new Mul(), this, other);

    public Tensor Div(Tensor other) => Binary(new Div(), this, other);

    public static Tensor operator +(Tensor a, Tensor b) => Checked(a).Add(b);

    public static Tensor operator -(Tensor a, Tensor b) => Checked(a).Sub(b);

    public static Tensor operator *(Tensor a, Tensor b) => Checked(a).Mul(b);

    public static Tensor operator /(Tensor a, Tensor b) => Checked(a).Div(b);

    public static Tensor operator -(Tensor a) => Checked(a).Affine(-1, 0);

    public static Tensor operator +(Tensor a, float b) => Checked(a).Affine(1, b);

    public static Tensor operator +(float a, Tensor b) => Checked(b).Affine(1, a);

    public static Tensor operator -(Tensor a, float b) => Checked(a).Affine(1, -b);

    public static Tensor operator -(float a, Tensor b) => Checked(b).Affine(-1, a);

    public static Tensor operator *(Tensor a, float b) => Checked(a).Affine(b, 0);

    public static Tensor operator *(float a, Tensor b) => Checked(b).Affine(a, 0);

    public static Tensor operator /(Tensor a, float b) => Checked(a).Affine(1 / b, 0);

    /// <summary>The sum of all elements, as a rank-0 tensor.</summary>
    public Tensor Sum() => Sum(AllAxes(), keepDims: false);

    public Tensor Sum(int axis, bool keepDims = false) => Sum([axis], keepDims);

    /// <summary>Sums over <paramref name="axes"/>; <paramref name="keepDims"/> keeps them with length 1.</summary>
    public Tensor Sum(int[] axes, bool keepDims = false)
    {
        var (kept, output) = ReducedShapes(axes, keepDims);
        return new Sum(kept, output).Apply(this);
    }

    /// <summary>The maximum of all elements, as a rank-0 tensor.</summary>
    public Tensor Max() => Max(AllAxes(), keepDims: false);

    public Tensor Max(int axis, bool keepDims = false) => Max([axis], keepDims);

    /// <summary>Maximum over <paramref name="axes"/>; ties share the gradient equally.</summary>
    public Tensor Max(int[] axes, bool keepDims = false)
    {
        var (kept, output) = ReducedShapes(axes, keepDims);
        if (Size == 0) throw new InvalidOperationException($"Max of an empty tensor (shape {Shape}) is undefined.");
        return new Max(kept, output).Apply(this);
    }

    /// <summary>The same values under <paramref name="dims"/>; one dimension may be −1 and is then inferred.</summary>
    public Tensor Reshape(params int[] dims)
    {
        ArgumentNullException.ThrowIfNull(dims);
        var resolved = (int[])dims.Clone();
        var inferred = Array.IndexOf(resolved, -1);
        if (inferred >= 0)
        {
            var known = 1;
            for (var i = 0; i < resolved.Length; i++)
                if (i != inferred) known *= resolved[i];
            if (known == 0 || Size % known != 0)
                throw new ArgumentException($"Cannot reshape {Shape} ({Size} values) to [{string.Join(", ", dims)}].", nameof(dims));
            resolved[inferred] = Size / known;
        }
        var shape = new Shape(resolved);
        if (shape.Size != Size)
            throw new ArgumentException($"Cannot reshape {Shape} ({Size} values) to {shape} ({shape.Size} values).", nameof(dims));
        return shape == Shape ? this : new Reshape(shape).Apply(this);
    }

    /// <summary>Reorders the axes: output axis i is input axis <paramref name="axes"/>[i].</summary>
    public Tensor Permute(params int[] axes)
    {
        ArgumentNullException.ThrowIfNull(axes);
        if (axes.Length != Rank)
            throw new ArgumentException($"Permute needs {Rank} axes for shape {Shape} but got {axes.Length}.", nameof(axes));
        var normal = new int[axes.Length];
        var seen = new bool[Rank];
        for (var i = 0; i < axes.Length; i++)
        {
            normal[i] = Shape.Axis(axes[i]);
            if (seen[normal[i]]) throw new ArgumentException($"Axis {axes[i]} appears twice in [{string.Join(", ", axes)}].", nameof(axes));
            seen[normal[i]] = true;
        }
        return new Permute(normal).Apply(this);
    }

    /// <summary>Swaps the last two axes (the matrix transpose for rank 2).</summary>
    public Tensor Transpose()
    {
        if (Rank < 2) throw new InvalidOperationException($"Transpose needs at least 2 axes; shape {Shape} has {Rank}.");
        var axes = Enumerable.Range(0, Rank).ToArray();
        (axes[^1], axes[^2]) = (axes[^2], axes[^1]);
        return Permute(axes);
    }

    /// <summary>Broadcasts to <paramref name="shape"/>: missing leading axes are added, and axes of length 1 repeat.</summary>
    public Tensor Expand(Shape shape)
    {
        if (shape == Shape) return this;
        if (Rank > shape.Rank) throw new ArgumentException($"Cannot expand {Shape} to the lower-rank {shape}.", nameof(shape));
        var aligned = new int[shape.Rank];
        for (var i = 0; i < shape.Rank; i++)
        {
            var own = i < shape.Rank - Rank ? 1 : Shape[i - (shape.Rank - Rank)];
            if (own != 1 && own != shape[i])
                throw new ArgumentException($"Cannot expand {Shape} to {shape}: axis {i} has length {own}, not 1 or {shape[i]}.", nameof(shape));
            aligned[i] = own;
        }
        var x = Reshape(aligned);
        return x.Shape == shape ? x : new Expand(shape).Apply(x);
    }

    /// <summary>The elements [start, start + length) along <paramref name="axis"/>.</summary>
    public Tensor Slice(int axis, int start, int length)
    {
        axis = Shape.Axis(axis);
        var starts = new int[Rank];
        var dims = Shape.Dims.ToArray();
        starts[axis] = start;
        dims[axis] = length;
        return Slice(starts, new Shape(dims));
    }

    /// <summary>The box of <paramref name="shape"/> starting at <paramref name="starts"/> (one start per axis).</summary>
    public Tensor Slice(int[] starts, Shape shape)
    {
        ArgumentNullException.ThrowIfNull(starts);
        if (starts.Length != Rank || shape.Rank != Rank)
            throw new ArgumentException($"Slice of {Shape} needs {Rank} starts and a rank-{Rank} shape; got {starts.Length} and {shape}.", nameof(starts));
        for (var a = 0; a < Rank; a++)
            if (starts[a] < 0 || starts[a] + shape[a] > Shape[a])
                throw new ArgumentOutOfRangeException(nameof(starts), $"Slice [{starts[a]}, {starts[a] + shape[a]}) of axis {a} is outside [0, {Shape[a]}) for shape {Shape}.");
        return new Slice((int[])starts.Clone(), shape).Apply(this);
    }

    /// <summary>Zero padding: <paramref name="before"/>[a] and <paramref name="after"/>[a] zeros around each axis a.</summary>
    public Tensor Pad(int[] before, int[] after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        if (before.Length != Rank || after.Length != Rank)
            throw new ArgumentException($"Pad of {Shape} needs {Rank} values before and after; got {before.Length} and {after.Length}.", nameof(before));
        var dims = new int[Rank];
        for (var a = 0; a < Rank; a++)
        {
            if (before[a] < 0 || after[a] < 0) throw new ArgumentOutOfRangeException(nameof(before), "Padding must be non-negative.");
            dims[a] = Shape[a] + before[a] + after[a];
        }
        return new Pad((int[])before.Clone(), new Shape(dims)).Apply(this);
    }

    private static Tensor Binary(Function op, Tensor a, Tensor b)
    {
        ArgumentNullException.ThrowIfNull(b);
        if (a.Shape != b.Shape)
        {
            var shape = BroadcastShape(a.Shape, b.Shape);
            (a, b) = (a.Expand(shape), b.Expand(shape));
        }
        return op.Apply(a, b);
    }

    /// <summary>NumPy's broadcasting rule: align trailing axes; each pair must match or contain a 1.</summary>
    public static Shape BroadcastShape(Shape a, Shape b)
    {
        var rank = Math.Max(a.Rank, b.Rank);
        var dims = new int[rank];
        for (var i = 0; i < rank; i++)
        {
            var da = i < rank - a.Rank ? 1 : a[i - (rank - a.Rank)];
            var db = i < rank - b.Rank ? 1 : b[i - (rank - b.Rank)];
            if (da != db && da != 1 && db != 1)
                throw new ArgumentException($"Shapes {a} and {b} do not broadcast: axis {i} has lengths {da} and {db}.");
            dims[i] = da == 1 ? db : da;
        }
        return new Shape(dims);
    }

    private int[] AllAxes() => Enumerable.Range(0, Rank).ToArray();

    private (Shape Kept, Shape Output) ReducedShapes(int[] axes, bool keepDims)
    {
        ArgumentNullException.ThrowIfNull(axes);
        var reduced = new bool[Rank];
        foreach (var axis in axes) reduced[Shape.Axis(axis)] = true;
        var kept = new int[Rank];
        var output = new List<int>(Rank);
        for (var a = 0; a < Rank; a++)
        {
            kept[a] = reduced[a] ? 1 : Shape[a];
            if (!reduced[a] || keepDims) output.Add(kept[a]);
        }
        return (new Shape(kept), new Shape(output.ToArray()));
    }

    private static Tensor Checked(Tensor tensor)
    {
        ArgumentNullException.ThrowIfNull(tensor);
        return tensor;
    }
}
