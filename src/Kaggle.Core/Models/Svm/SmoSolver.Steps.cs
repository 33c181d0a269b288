using System.Runtime.CompilerServices;

namespace Kaggle.Core.Models.Svm;

/// <summary>The two-variable update, shrinking, gradient reconstruction and the bias of <see cref="SmoSolver"/>.</summary>
internal sealed partial class SmoSolver
{
    // Solves the two-variable subproblem analytically, clips to the box, and updates the gradients.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Update(int i, int j)
    {
        var columnI = ActiveColumn(i);
        var columnJ = ActiveColumn(j);   // i stays cached: the cache keeps at least two columns
        var (ci, cj) = (_cap[i], _cap[j]);
        var (oldI, oldJ) = (_alpha[i], _alpha[j]);
        var quad = Diagonal(i) + Diagonal(j) - (2.0 * columnI[_row[j]]);
        if (quad <= 0) quad = Tau;
        if (_sign[i] != _sign[j])
        {
            var delta = (-_gradient[i] - _gradient[j]) / quad;
            var diff = _alpha[i] - _alpha[j];
            _alpha[i] += delta;
            _alpha[j] += delta;
            if (diff > 0) { if (_alpha[j] < 0) { _alpha[j] = 0; _alpha[i] = diff; } }
            else if (_alpha[i] < 0) { _alpha[i] = 0; _alpha[j] = -diff; }
            if (diff > ci - cj) { if (_alpha[i] > ci) { _alpha[i] = ci; _alpha[j] = ci - diff; } }
            else if (_alpha[j] > cj) { _alpha[j] = cj; _alpha[i] = cj + diff; }
        }
        else
        {
            var delta = (_gradient[i] - _gradient[j]) / quad;
            var sum = _alpha[i] + _alpha[j];
            _alpha[i] -= delta;
            _alpha[j] += delta;
            if (sum > ci) { if (_alpha[i] > ci) { _alpha[i] = ci; _alpha[j] = sum - ci; } }
            else if (_alpha[j] < 0) { _alpha[j] = 0; _alpha[i] = sum; }
            if (sum > cj) { if (_alpha[j] > cj) { _alpha[j] = cj; _alpha[i] = sum - cj; } }
            else if (_alpha[i] < 0) { _alpha[i] = 0; _alpha[j] = sum; }
        }
        SetStatus(i);
        SetStatus(j);
        var (deltaI, deltaJ) = (_alpha[i] - oldI, _alpha[j] - oldJ);
        var (order, sign, gradient, rows) = (_order, _sign, _gradient, _row);
        var (signI, signJ) = (sign[i], sign[j]);
        var start = 0;
        if (_ordered && _direct) start = GradientStep.Apply(gradient.AsSpan(0, _activeSize), sign, columnI, columnJ, signI * deltaI, signJ * deltaJ);
        for (var t = start; t < _activeSize; t++)
        {
            // Q(columnI, i, v)·Δαᵢ + Q(columnJ, j, v)·Δαⱼ written out, in the same order of operations.
            var v = order[t];
            var r = rows[v];
            gradient[v] += (signI * sign[v] * columnI[r] * deltaI) + (signJ * sign[v] * columnJ[r] * deltaJ);
        }
        // Ḡ (the gradient part from variables at their upper bound) lets shrunk gradients be rebuilt cheaply.
        UpdateGradientBar(i, oldI >= ci);
        UpdateGradientBar(j, oldJ >= cj);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void UpdateGradientBar(int v, bool wasUpper)
    {
        if (wasUpper == IsUpper(v)) return;
        var column = _cache.Column(_row[v]);   // Ḡ covers every variable, shrunk ones too
        var scale = wasUpper ? -_cap[v] : _cap[v];
        for (var w = 0; w < _length; w++) _gradientBar[w] += scale * Q(column, v, w);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Shrink()
    {
        double gmax1 = double.NegativeInfinity, gmax2 = double.NegativeInfinity;
        for (var t = 0; t < _activeSize; t++)
        {
            var v = _order[t];
            var g = _sign[v] * _gradient[v];
            if (!IsUpper(v)) { if (_sign[v] > 0) gmax1 = Math.Max(gmax1, -g); else gmax2 = Math.Max(gmax2, -_gradient[v]); }
            if (!IsLower(v)) { if (_sign[v] > 0) gmax2 = Math.Max(gmax2, _gradient[v]); else gmax1 = Math.Max(gmax1, _gradient[v]); }
        }
        if (!_unshrink && gmax1 + gmax2 <= _eps * 10)
        {
            _unshrink = true;
            Unshrink();
        }
        for (var t = 0; t < _activeSize; t++)
        {
            if (!Shrinkable(_order[t], gmax1, gmax2)) continue;
            _ordered = false;
            _activeSize--;
            while (_activeSize > t)
            {
                if (!Shrinkable(_order[_activeSize], gmax1, gmax2))
                {
                    (_order[t], _order[_activeSize]) = (_order[_activeSize], _order[t]);
                    break;
                }
                _activeSize--;
            }
        }
        RefreshActiveRows();
    }

    // Brings every variable back (gradients rebuilt); the active set grew, so partially cached columns go stale.
    private void Unshrink()
    {
        ReconstructGradient();
        _activeSize = _length;
        _epoch++;
        RefreshActiveRows();
    }

    private void RefreshActiveRows()
    {
        for (var t = 0; t < _activeSize; t++) _activeRows[t] = _row[_order[t]];
    }

    private bool Shrinkable(int v, double gmax1, double gmax2)
    {
        if (IsUpper(v)) return _sign[v] > 0 ? -_gradient[v] > gmax1 : -_gradient[v] > gmax2;
        if (IsLower(v)) return _sign[v] > 0 ? _gradient[v] > gmax2 : _gradient[v] > gmax1;
        return false;
    }

    // Rebuilds the gradient of shrunk variables from Ḡ and the free variables' columns.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReconstructGradient()
    {
        if (_activeSize == _length) return;
        for (var t = _activeSize; t < _length; t++)
        {
            var v = _order[t];
            _gradient[v] = _gradientBar[v] + _p[v];
        }
        for (var t = 0; t < _activeSize; t++)
        {
            var v = _order[t];
            if (IsUpper(v) || IsLower(v)) continue;
            var column = _cache.Column(_row[v]);
            for (var s = _activeSize; s < _length; s++)
            {
                var w = _order[s];
                _gradient[w] += _alpha[v] * Q(column, v, w);
            }
        }
    }

    // ρ: the mean of yᵢ∇ᵢ over free variables, else the midpoint of the bounds the others give.
    private double Rho()
    {
        double upper = double.PositiveInfinity, lower = double.NegativeInfinity, sum = 0;
        var free = 0;
        for (var v = 0; v < _length; v++)
        {
            var yg = _sign[v] * _gradient[v];
            if (IsUpper(v)) { if (_sign[v] < 0) upper = Math.Min(upper, yg); else lower = Math.Max(lower, yg); }
            else if (IsLower(v)) { if (_sign[v] > 0) upper = Math.Min(upper, yg); else lower = Math.Max(lower, yg); }
            else { free++; sum += yg; }
        }
        return free > 0 ? sum / free : (upper + lower) / 2;
    }
}
