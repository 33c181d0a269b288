namespace Kaggle.Autograd.Nn;

/// <summary>How <see cref="Linear"/> and <see cref="Conv2d"/> initialise their weights (biases start at 0, except PyTorch's).</summary>
public enum WeightInit
{
    /// <summary>He (Kaiming) uniform, for ReLU-family activations.</summary>
    HeUniform,

    /// <summary>He (Kaiming) normal.</summary>
    HeNormal,

    /// <summary>Xavier (Glorot) uniform, for tanh and sigmoid.</summary>
    XavierUniform,

    /// <summary>Xavier (Glorot) normal.</summary>
    XavierNormal,

    /// <summary>PyTorch's default for Linear and Conv2d: weight and bias U(−1/√fanIn, 1/√fanIn).</summary>
    PyTorch,
}
