#!/usr/bin/python3
"""Writes linear_golden.json: a tiny fixture (40 rows x 3 features, numpy seed 7) and scikit-learn's fitted
coefficients, intercepts and probabilities on it, with tight tolerances so the optimum itself is compared.
Run: /usr/bin/python3 make_linear_golden.py  (scikit-learn 1.2.1 produced the stored file)."""
import json
import warnings
import numpy as np
import sklearn
from sklearn.linear_model import LogisticRegression, LinearRegression, Ridge

warnings.simplefilter("ignore")   # newton-cg warns at tol 1e-10 although its gradient is below 1e-7 (asserted)
rng = np.random.default_rng(7)
n = 40
x = rng.normal(size=(n, 3)) * np.array([1.0, 2.0, 0.5]) + np.array([0.5, -1.0, 2.0])
y_reg = 1.5 + x @ np.array([2.0, -0.5, 1.0]) + 0.3 * rng.normal(size=n)
logit = 0.3 + x @ np.array([1.2, -0.4, 0.8]) - 1.0
y_bin = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(float)
y_multi = np.argmax(x @ np.array([[1.0, -1.0, 0.0], [0.0, 0.5, -0.5], [0.5, 0.0, -1.0]]) + rng.gumbel(size=(n, 3)), axis=1).astype(float)
w = np.round(rng.uniform(0.2, 3.0, size=n), 2)


def gradient_norm(m, xs, y, sw, c):
    """max |gradient| of sum(w * loss) + |coef|^2 / (2C) at the fitted model: the optimum has ~0."""
    sw = np.ones(len(y)) if sw is None else sw
    p = m.predict_proba(xs)
    onehot = np.eye(p.shape[1])[y.astype(int)]
    r = (p - onehot) * sw[:, None]
    if p.shape[1] == 2:
        r = r[:, 1:]
    g = r.T @ xs + m.coef_ / c
    gi = r.sum(axis=0) if m.fit_intercept else np.zeros(1)
    return max(np.abs(g).max(), np.abs(gi).max())


def lr(xs, y, sw, **kw):
    # newton-cg converges quadratically to the optimum; lbfgs (the solver the C# code mirrors) must agree with it.
    m = LogisticRegression(solver="newton-cg", tol=1e-10, max_iter=100000, **kw).fit(xs, y, sample_weight=sw)
    check = LogisticRegression(solver="lbfgs", tol=1e-12, max_iter=100000, **kw).fit(xs, y, sample_weight=sw)
    assert np.allclose(m.coef_, check.coef_, atol=1e-4), (m.coef_, check.coef_)
    # lbfgs stops on SciPy's ftol near |gradient| 1e-4; newton-cg reaches 1e-8 or better, so it is the reference.
    assert gradient_norm(m, xs, y, sw, kw["C"]) < 1e-7
    return {"coef": m.coef_.tolist(), "intercept": m.intercept_.tolist(), "proba": m.predict_proba(xs[:6]).tolist()}


def reg(model, xs, y, sw):
    m = model.fit(xs, y, sample_weight=sw)
    return {"coef": np.ravel(m.coef_).tolist(), "intercept": float(m.intercept_)}


out = {
    "sklearn": sklearn.__version__,
    "x": x.tolist(), "y_reg": y_reg.tolist(), "y_bin": y_bin.tolist(), "y_multi": y_multi.tolist(), "w": w.tolist(),
    "logistic_binary_c0.5": lr(x, y_bin, None, C=0.5),
    "logistic_binary_c0.5_weighted": lr(x, y_bin, w, C=0.5),
    "logistic_binary_nointercept": lr(x, y_bin, None, C=2.0, fit_intercept=False),
    "logistic_multinomial_c1": lr(x, y_multi, None, C=1.0),
    "logistic_multinomial_c0.1_weighted": lr(x, y_multi, w, C=0.1),
    "ols": reg(LinearRegression(), x, y_reg, None),
    "ols_weighted": reg(LinearRegression(), x, y_reg, w),
    "ridge_a2": reg(Ridge(alpha=2.0), x, y_reg, None),
    "ridge_a2_weighted": reg(Ridge(alpha=2.0), x, y_reg, w),
    "ridge_a5_nointercept": reg(Ridge(alpha=5.0, fit_intercept=False), x, y_reg, None),
}
with open("linear_golden.json", "w") as f:
    json.dump(out, f)
