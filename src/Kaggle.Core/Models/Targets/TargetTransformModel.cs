using System.Reflection;
using System.Runtime.ExceptionServices;
using Kaggle.Core.Data;

namespace Kaggle.Core.Models.Targets;

/// <summary>
/// A regression model on transformed targets and the transform's inverse: predictions are Inverse(Inner.Predict(x)).
/// Persistable when the inner model is and the transform is a built-in (or is supplied again to <see cref="Load(Stream, TargetTransform)"/>).
/// </summary>
public sealed class TargetTransformModel<TModel> : IRegressionModel, IModelWrapper, IPersistable<TargetTransformModel<TModel>>
    where TModel : IRegressionModel
{
    private const string Tag = "TargetTransformModel";
    private const int Version = 1;

    public TargetTransformModel(TModel inner, TargetTransform transform)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(transform);
        Inner = inner;
        Transform = transform;
    }

    /// <summary>The model fitted on Forward(y); its predictions are on the transformed scale.</summary>
    public TModel Inner { get; }

    IModel IModelWrapper.Inner => Inner;

    public TargetTransform Transform { get; }

    public int FeatureCount => Inner.FeatureCount;

    public void Predict(Matrix x, Span<double> destination)
    {
        Inner.Predict(x, destination);
        for (var i = 0; i < destination.Length; i++)
            destination[i] = Transform.Inverse(destination[i]);
    }

    public void Save(Stream stream)
    {
        // IPersistable<TModel> cannot be named without constraining TModel to it, so find Save(Stream) by reflection.
        var save = Inner.GetType().GetMethod("Save", BindingFlags.Public | BindingFlags.Instance, [typeof(Stream)])
            ?? throw new NotSupportedException($"The inner {Inner.GetType().Name} cannot be saved (it has no Save(Stream)).");
        using (var writer = ModelFormat.Writer(stream, Tag, Version))
            writer.Write(Transform.Name);
        Invoke(save, Inner, stream);
    }

    /// <summary>Loads a model whose transform is a built-in (log1p, log, sqrt, asinh, identity).</summary>
    public static TargetTransformModel<TModel> Load(Stream stream) => Load(stream, null);

    /// <summary>Loads a model saved with a custom transform, which must be given again (its name must match).</summary>
    public static TargetTransformModel<TModel> Load(Stream stream, TargetTransform? transform)
    {
        string name;
        using (var reader = ModelFormat.Reader(stream, Tag, Version, out _))
            name = reader.ReadString();
        transform ??= TargetTransform.BuiltIn(name)
            ?? throw new InvalidDataException($"The model was saved with the custom transform '{name}'; pass it to Load.");
        if (transform.Name != name)
            throw new InvalidDataException($"The model was saved with the transform '{name}', not '{transform.Name}'.");
        // Likewise TModel.Load, the static abstract member of IPersistable<TModel>.
        var load = typeof(TModel).GetMethod("Load", BindingFlags.Public | BindingFlags.Static, [typeof(Stream)])
            ?? throw new NotSupportedException($"{typeof(TModel).Name} has no static Load(Stream); it cannot be loaded.");
        return new TargetTransformModel<TModel>((TModel)Invoke(load, null, stream)!, transform);
    }

    private static object? Invoke(MethodInfo method, object? target, Stream stream)
    {
        try
        {
            return method.Invoke(target, [stream]);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
