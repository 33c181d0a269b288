namespace Kaggle.Autograd.Nn;

/// <summary>Modules applied in order; parameters are named "index.name" ("0.weight", "2.bias").</summary>
public sealed class Sequential(params Module[] layers) : Module
{
    private readonly Module[] _layers = layers ?? throw new ArgumentNullException(nameof(layers));

    public IReadOnlyList<Module> Layers => _layers;

    public override Tensor Forward(Tensor x)
    {
        foreach (var layer in _layers) x = layer.Forward(x);
        return x;
    }

    public override IEnumerable<(string Name, Tensor Tensor)> NamedParameters() =>
        _layers.SelectMany((layer, i) => layer.NamedParameters().Select(p => ($"{i}.{p.Name}", p.Tensor)));

    public override IEnumerable<(string Name, Tensor Tensor)> NamedBuffers() =>
        _layers.SelectMany((layer, i) => layer.NamedBuffers().Select(p => ($"{i}.{p.Name}", p.Tensor)));

    public override Module Train(bool training = true)
    {
        foreach (var layer in _layers) layer.Train(training);
        return base.Train(training);
    }

    public override string ToString() => $"Sequential({string.Join(", ", _layers.Select(l => l.ToString()))})";
}
