#!/usr/bin/python3
"""Writes linear_golden.json: a tiny fixture (40 rows x 3 features, numpy seed 7) and scikit-learn's fitted
coefficients, intercepts and probabilities on it, with tight tolerances so the optimum itself is compared.
Run: /usr/bin/python3 make_linear_golden.py  (scikit-learn 1.2.1 produced the stored file)."""
import json
import warnings
import numpy as np
import sklearn
from sklearn.kernel_ridge import KernelRidge
from sklearn.linear_model import ElasticNet, ElasticNetCV, HuberRegressor, Lasso, LinearRegression, LogisticRegression, Ridge

warnings.simplefilter("ignore")   # newton-cg warns at tol 1e-10 although its gradient is below 1e-7 (asserted)
rng = np.random.default_rng(7)
n = 40
x = rng.normal(size=(n, 3)) * np.array([1.0, 2.0, 0.5]) + np.array([0.5, -1.0, 2.0])
y_reg = 1.5 + x @ np.array([2.0, -0.5, 1.0]) + 0.3 * rng.normal(size=n)
logit = 0.3 + x @ np.array([1.2, -0.4, 0.8]) - 1.0
y_bin = (rng.random(n) < 1 / (1 + np.exp(-logit))).astype(float)
y_multi = np.argmax(x @ np.array([[1.0, -1.0, 0.0], [0.0, 0.5, -0.5], [0.5, 0.0, -1.0]]) + rng.gumbel(size=(n, 3)), axis=1).astype(float)
w = np.round(rng.uniform(0.2, 3.0, size=n), 2)
y_outliers = y_reg.copy()
y_outliers[[3, 17, 29]] += [15.0, -12.0, 20.0]


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


def huber(xs, y, sw, epsilon, alpha):
    """HuberRegressor stops on SciPy's ftol with |gradient| near 1e-3; polish its optimum with ftol=0 on
    scikit-learn's own loss and gradient until |gradient| < 1e-6 (the precision floor: f ~ 143)."""
    from scipy.optimize import minimize
    from sklearn.linear_model._huber import _huber_loss_and_gradient
    m = HuberRegressor(epsilon=epsilon, alpha=alpha, tol=1e-12, max_iter=100000).fit(xs, y, sample_weight=sw)
    sw1 = np.ones(len(y)) if sw is None else sw
    start = np.concatenate([m.coef_, [m.intercept_, m.scale_]])
    bounds = [(None, None)] * (len(start) - 1) + [(1e-12, None)]
    res = minimize(_huber_loss_and_gradient, start, args=(xs, y, epsilon, alpha, sw1), method="L-BFGS-B", jac=True,
                   bounds=bounds, options={"ftol": 0, "gtol": 1e-13, "maxiter": 100000})
    assert np.abs(res.jac).max() < 1e-6, res
    return {"coef": res.x[:-2].tolist(), "intercept": float(res.x[-2]), "scale": float(res.x[-1])}


def kernel(model, xs, y, sw):
    """Kernel ridge (no intercept, as scikit-learn): dual coefficients and predictions at a few shifted rows."""
    m = model.fit(xs, y, sample_weight=sw)
    return {"dual": m.dual_coef_.tolist(), "predict": m.predict(xs[:5] + 0.25).tolist()}


def cv(model, xs, y):
    """Cross-validated elastic net (KFold without shuffling): the chosen alpha, the refitted coefficients, the grid."""
    m = model.fit(xs, y)
    return {"alpha": float(m.alpha_), "coef": m.coef_.tolist(), "intercept": float(m.intercept_),
            "alphas": m.alphas_.tolist(), "mse": m.mse_path_.mean(axis=1).tolist()}


def standardized(model, xs, y, sw):
    """Fit on features scaled to unit weighted population std, map coefficients back (what Standardize=true does)."""
    sw1 = np.ones(len(y)) if sw is None else sw
    mean = np.average(xs, axis=0, weights=sw1)
    std = np.sqrt(np.average((xs - mean) ** 2, axis=0, weights=sw1))
    m = model.fit((xs - mean) / std, y, sample_weight=sw)
    coef = m.coef_ / std
    return {"coef": coef.tolist(), "intercept": float(m.intercept_ - mean @ coef)}


cd = dict(tol=1e-12, max_iter=100000)
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
    "lasso_a0.1_raw": reg(Lasso(alpha=0.1, **cd), x, y_reg, None),
    "lasso_a0.1_raw_weighted": reg(Lasso(alpha=0.1, **cd), x, y_reg, w),
    "lasso_a0.3_std": standardized(Lasso(alpha=0.3, **cd), x, y_reg, None),
    "lasso_a0.3_std_weighted": standardized(Lasso(alpha=0.3, **cd), x, y_reg, w),
    "enet_a0.2_r0.3_raw": reg(ElasticNet(alpha=0.2, l1_ratio=0.3, **cd), x, y_reg, None),
    "enet_a0.5_r0.7_std_weighted": standardized(ElasticNet(alpha=0.5, l1_ratio=0.7, **cd), x, y_reg, w),
    "enetcv_r1_raw": cv(ElasticNetCV(l1_ratio=1.0, n_alphas=30, eps=1e-3, cv=5, **cd), x, y_outliers),
    "enetcv_r0.5_raw": cv(ElasticNetCV(l1_ratio=0.5, n_alphas=30, eps=1e-2, cv=4, **cd), x, y_outliers),
    "y_outliers": y_outliers.tolist(),
    "kernel_ridge_a0.5_g0.3": kernel(KernelRidge(kernel="rbf", alpha=0.5, gamma=0.3), x, y_reg, None),
    "kernel_ridge_a0.5_g0.3_weighted": kernel(KernelRidge(kernel="rbf", alpha=0.5, gamma=0.3), x, y_reg, w),
    "huber_e1.35_a0.001": huber(x, y_outliers, None, 1.35, 1e-3),
    "huber_e1.35_a0.001_weighted": huber(x, y_outliers, w, 1.35, 1e-3),
    "huber_e2_a1": huber(x, y_outliers, None, 2.0, 1.0),
}
with open("linear_golden.json", "w") as f:
    json.dump(out, f)
