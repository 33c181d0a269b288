using System.Globalization;
using System.Text;

namespace Kaggle.Autograd;

/// <summary>
/// An n-dimensional array of <see cref="float"/> in one contiguous row-major buffer, with reverse-mode autograd:
/// a tensor made by an op remembers its <see cref="Creator"/>, and <see cref="Backward()"/> accumulates
/// ∂output/∂t into <see cref="Grad"/> for every tensor with <see cref="RequiresGrad"/> in the graph.
/// Primitive ops are methods of this class (Tensor.Ops.cs); composed ones are in <see cref="TensorExtensions"/>.
/// </summary>
public sealed partial class Tensor
{
    private Tensor(float[] data, Shape shape, bool requiresGrad)
    {
        Data = data;
        Shape = shape;
        RequiresGrad = requiresGrad;
    }

    /// <summary>The values, row-major; exactly <see cref="Size"/> long (empty once an arena scope that made it has ended).</summary>
    public float[] Data { get; internal set; }

    public Shape Shape { get; }

    /// <summary>The accumulated gradient of the last <see cref="Backward()"/> (same shape), or null before any.</summary>
    public Tensor? Grad { get; private set; }

    /// <summary>The op that produced this tensor, or null for a leaf (input, parameter, constant).</summary>
    public Function? Creator { get; internal set; }

    /// <summary>True when gradients flow to this tensor: a leaf created so, or the output of an op with such an input.</summary>
    public bool RequiresGrad { get; internal set; }

    /// <summary>An optional label (parameter names in saved weights and error messages).</summary>
    public string? Name { get; set; }

    public int Size => Shape.Size;

    public int Rank => Shape.Rank;

    /// <summary>Wraps <paramref name="data"/> (not copied) as a leaf tensor of <paramref name="shape"/>.</summary>
    public static Tensor FromArray(float[] data, Shape shape, bool requiresGrad = false)
    {
        ArgumentNullException.ThrowIfNull(data);
        if (data.Length != shape.Size)
            throw new ArgumentException($"Shape {shape} needs {shape.Size} values but {data.Length} were given.", nameof(data));
        return new Tensor(data, shape, requiresGrad);
    }

    /// <summary>Copies <paramref name="values"/> into a new leaf tensor of <paramref name="shape"/>.</summary>
    public static Tensor From(ReadOnlySpan<float> values, Shape shape, bool requiresGrad = false) =>
        FromArray(values.ToArray(), shape, requiresGrad);

    /// <summary>A leaf tensor of zeros; pass <paramref name="requiresGrad"/> for a trainable parameter.</summary>
    public static Tensor Zeros(Shape shape, bool requiresGrad = false) => new(new float[shape.Size], shape, requiresGrad);

    /// <summary>A leaf tensor filled with <paramref name="value"/>.</summary>
    public static Tensor Full(Shape shape, float value, bool requiresGrad = false)
    {
        var data = new float[shape.Size];
        Array.Fill(data, value);
        return new Tensor(data, shape, requiresGrad);
    }

    /// <summary>A rank-0 tensor holding <paramref name="value"/>.</summary>
    public static Tensor Scalar(float value) => new([value], default, false);

    /// <summary>Uninitialised op output (or scratch tensor), from the current <see cref="BufferArena"/> when one is open.</summary>
    internal static Tensor Empty(Shape shape)
    {
        var tensor = new Tensor([], shape, false);
        tensor.Data = BufferArena.RentFor(tensor, shape.Size);
        return tensor;
    }

    /// <summary>Like <see cref="Empty"/> but zero-filled.</summary>
    internal static Tensor ZerosTemporary(Shape shape)
    {
        var tensor = Empty(shape);
        Array.Clear(tensor.Data);
        return tensor;
    }

    /// <summary>A tensor sharing this one's buffer under another shape of the same size (no graph, no copy).</summary>
    internal Tensor View(Shape shape) => new(Data, shape, false);

    /// <summary>The single value of a one-element tensor (a loss, a metric).</summary>
    public float Item()
    {
        if (Size != 1)
            throw new InvalidOperationException($"Item() needs a tensor with one element; this one has shape {Shape}.");
        return Data[0];
    }

    /// <summary>A copy of the values.</summary>
    public float[] ToArray() => (float[])Data.Clone();

    /// <summary>The same values as a new leaf that gradients do not flow through (shares the buffer).</summary>
    public Tensor Detach() => new(Data, Shape, false);

    /// <summary>Sets the accumulated gradient to zero (keeping its buffer), as before each optimiser step.</summary>
    public void ZeroGrad()
    {
        if (Grad is { } grad) Array.Clear(grad.Data);
    }

    /// <summary>This tensor's gradient buffer, created zero-filled on first use; ops add their contribution to it.</summary>
    internal float[] GradBuffer()
    {
        // Leaves (parameters) keep their gradient across steps; intermediate gradients live as long as the arena scope.
        Grad ??= Creator is null ? new Tensor(new float[Size], Shape, false) : ZerosTemporary(Shape);
        return Grad.Data;
    }

    public override string ToString()
    {
        var text = new StringBuilder("Tensor").Append(Shape.ToString());
        if (Name is not null) text.Append(' ').Append(Name);
        text.Append(" [");
        var shown = Math.Min(Data.Length, 8);
        for (var i = 0; i < shown; i++)
            text.Append(i == 0 ? "" : ", ").Append(Data[i].ToString("G5", CultureInfo.InvariantCulture));
        return text.Append(Data.Length > shown ? ", ...]" : "]").ToString();
    }
}
