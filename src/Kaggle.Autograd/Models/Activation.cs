namespace Kaggle.Autograd.Models;

/// <summary>The hidden-layer activation of an MLP.</summary>
public enum Activation
{
    Relu,
    LeakyRelu,
    Tanh,
    Sigmoid,
}
