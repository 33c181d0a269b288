namespace Kaggle.Core.Models.Trees;

/// <summary>Binary log-loss on the log-odds score: g = p − y, h = p(1 − p).</summary>
internal sealed class LogisticObjective : BoostingObjective
{
    public override double[] InitialScores(ReadOnlySpan<double> y, ReadOnlySpan<double> w)
    {
        double positive = 0, total = 0;
        for (var i = 0; i < y.Length; i++)
        {
            positive += w[i] * y[i];
            total += w[i];
        }
        var p = Math.Clamp(positive / total, 1e-15, 1 - 1e-15);
        return [Math.Log(p / (1 - p))];
    }

    public override void Gradients(double[] scores, double[] y, double[] w, double[][] gradients, int start, int end)
    {
        var gh = gradients[0];
        for (var i = start; i < end; i++)
        {
            var p = Sigmoid(scores[i]);
            gh[2 * i] = (p - y[i]) * w[i];
            gh[(2 * i) + 1] = Math.Max(p * (1 - p), 1e-16) * w[i];
        }
    }

    public override double Loss(double[] scores, double[] y, double[] w, int start, int end)
    {
        var sum = 0.0;
        for (var i = start; i < end; i++)
        {
            // log(1 + e^s) − y·s, written to stay finite for large |s|.
            var s = scores[i];
            sum += w[i] * (Math.Max(s, 0) + Math.Log(1 + Math.Exp(-Math.Abs(s))) - (y[i] * s));
        }
        return sum;
    }

    public static double Sigmoid(double s) => 1 / (1 + Math.Exp(-s));
}

/// <summary>Multiclass softmax cross-entropy: g_k = p_k − [y = k], h_k = K/(K−1)·p_k(1 − p_k) (LightGBM's scaled diagonal hessian).</summary>
internal sealed class SoftmaxObjective(int classCount) : BoostingObjective
{
    public override int Outputs => classCount;

    public override double[] InitialScores(ReadOnlySpan<double> y, ReadOnlySpan<double> w)
    {
        var prior = new double[classCount];
        var total = 0.0;
        for (var i = 0; i < y.Length; i++)
        {
            prior[(int)y[i]] += w[i];
            total += w[i];
        }
        for (var k = 0; k < classCount; k++) prior[k] = Math.Log(Math.Max(prior[k] / total, 1e-15));
        return prior;
    }

    public override void Gradients(double[] scores, double[] y, double[] w, double[][] gradients, int start, int end)
    {
        Span<double> p = stackalloc double[classCount];
        var factor = classCount / (classCount - 1.0);
        for (var i = start; i < end; i++)
        {
            Softmax(scores.AsSpan(i * classCount, classCount), p);
            var label = (int)y[i];
            for (var k = 0; k < classCount; k++)
            {
                gradients[k][2 * i] = (p[k] - (k == label ? 1 : 0)) * w[i];
                gradients[k][(2 * i) + 1] = Math.Max(factor * p[k] * (1 - p[k]), 1e-16) * w[i];
            }
        }
    }

    public override double Loss(double[] scores, double[] y, double[] w, int start, int end)
    {
        Span<double> p = stackalloc double[classCount];
        var sum = 0.0;
        for (var i = start; i < end; i++)
        {
            Softmax(scores.AsSpan(i * classCount, classCount), p);
            sum -= w[i] * Math.Log(Math.Max(p[(int)y[i]], 1e-300));
        }
        return sum;
    }

    public static void Softmax(ReadOnlySpan<double> scores, Span<double> destination)
    {
        var max = double.NegativeInfinity;
        foreach (var s in scores) max = Math.Max(max, s);
        var sum = 0.0;
        for (var k = 0; k < scores.Length; k++)
        {
            destination[k] = Math.Exp(scores[k] - max);
            sum += destination[k];
        }
        for (var k = 0; k < scores.Length; k++) destination[k] /= sum;
    }
}

/// <summary>Squared error ½(s − y)²: g = s − y, h = 1.</summary>
internal sealed class SquaredErrorObjective : BoostingObjective
{
    public override double[] InitialScores(ReadOnlySpan<double> y, ReadOnlySpan<double> w)
    {
        double sum = 0, total = 0;
        for (var i = 0; i < y.Length; i++)
        {
            sum += w[i] * y[i];
            total += w[i];
        }
        return [sum / total];
    }

    public override void Gradients(double[] scores, double[] y, double[] w, double[][] gradients, int start, int end)
    {
        var gh = gradients[0];
        for (var i = start; i < end; i++)
        {
            gh[2 * i] = (scores[i] - y[i]) * w[i];
            gh[(2 * i) + 1] = w[i];
        }
    }

    public override double Loss(double[] scores, double[] y, double[] w, int start, int end)
    {
        var sum = 0.0;
        for (var i = start; i < end; i++) sum += w[i] * 0.5 * (scores[i] - y[i]) * (scores[i] - y[i]);
        return sum;
    }
}

/// <summary>
/// Absolute error |s − y|: the tree is grown on g = sign(s − y), h = 1, then each leaf is refitted to the weighted
/// median of its residuals (LightGBM's L1 leaf renewal), since the hessian carries no curvature.
/// </summary>
internal sealed class AbsoluteErrorObjective : BoostingObjective
{
    public override double[] InitialScores(ReadOnlySpan<double> y, ReadOnlySpan<double> w) => [WeightedMedian(y, w)];

    public override void Gradients(double[] scores, double[] y, double[] w, double[][] gradients, int start, int end)
    {
        var gh = gradients[0];
        for (var i = start; i < end; i++)
        {
            gh[2 * i] = Math.Sign(scores[i] - y[i]) * w[i];
            gh[(2 * i) + 1] = w[i];
        }
    }

    public override double Loss(double[] scores, double[] y, double[] w, int start, int end)
    {
        var sum = 0.0;
        for (var i = start; i < end; i++) sum += w[i] * Math.Abs(scores[i] - y[i]);
        return sum;
    }

    public override bool RenewsLeaves => true;

    public override double RenewLeaf(ReadOnlySpan<int> rows, double[] scores, double[] y, double[] w)
    {
        var residuals = new double[rows.Length];
        var weights = new double[rows.Length];
        for (var i = 0; i < rows.Length; i++)
        {
            residuals[i] = y[rows[i]] - scores[rows[i]];
            weights[i] = w[rows[i]];
        }
        return WeightedMedian(residuals, weights);
    }
}

/// <summary>Huber loss with threshold δ: quadratic within δ of the target, linear beyond; g = clip(s − y, −δ, δ), h = 1.</summary>
internal sealed class HuberObjective(double delta) : BoostingObjective
{
    public override double[] InitialScores(ReadOnlySpan<double> y, ReadOnlySpan<double> w) => [WeightedMedian(y, w)];

    public override void Gradients(double[] scores, double[] y, double[] w, double[][] gradients, int start, int end)
    {
        var gh = gradients[0];
        for (var i = start; i < end; i++)
        {
            gh[2 * i] = Math.Clamp(scores[i] - y[i], -delta, delta) * w[i];
            gh[(2 * i) + 1] = w[i];
        }
    }

    public override double Loss(double[] scores, double[] y, double[] w, int start, int end)
    {
        var sum = 0.0;
        for (var i = start; i < end; i++)
        {
            var r = Math.Abs(scores[i] - y[i]);
            sum += w[i] * (r <= delta ? 0.5 * r * r : delta * (r - (0.5 * delta)));
        }
        return sum;
    }
}
