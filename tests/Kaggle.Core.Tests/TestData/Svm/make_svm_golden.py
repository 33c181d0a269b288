#!/usr/bin/python3
"""Writes svm_golden.json: scikit-learn's SVC and SVR (libsvm) on small sets, solved to tol 1e-8 so both solvers
reach the optimum: decision values on query rows, support-vector counts per class, intercepts, predictions.
Cases: binary RBF / polynomial / linear (60 x 3), 3-class RBF one-vs-one (90 x 2), e-SVR RBF (50 x 2).
Run: /usr/bin/python3 make_svm_golden.py  (scikit-learn 1.2.1 produced the stored file)."""
import json
import numpy as np
from sklearn.svm import SVC, SVR

rng = np.random.default_rng(9)
out = {}
xb = rng.normal(size=(60, 3))
yb = (xb[:, 0] * xb[:, 1] + 0.5 * xb[:, 2] + 0.3 * rng.normal(size=60) > 0).astype(int)
qb = rng.normal(size=(15, 3))
for name, kw in (("rbf", dict(kernel="rbf", gamma=0.5, C=2.0)), ("poly", dict(kernel="poly", gamma=0.3, degree=3, coef0=1.0, C=0.5)),
                 ("linear", dict(kernel="linear", C=1.0)), ("scale", dict(kernel="rbf", C=1.0))):
    m = SVC(tol=1e-8, **kw).fit(xb, yb)
    out[f"binary_{name}"] = {"decision": m.decision_function(qb).tolist(), "n_support": m.n_support_.tolist(),
                             "predict": m.predict(qb).tolist()}
out["binary"] = {"x": xb.tolist(), "y": yb.tolist(), "q": qb.tolist()}

xm = np.concatenate([rng.normal(loc=c, size=(30, 2)) for c in ((0, 0), (2, 2), (0, 3))])
ym = np.repeat([0, 1, 2], 30)
perm = rng.permutation(90)
xm, ym = xm[perm], ym[perm]
qm = rng.normal(loc=1, size=(20, 2)) * 1.5
m = SVC(kernel="rbf", gamma=1.0, C=1.0, tol=1e-8, decision_function_shape="ovo").fit(xm, ym)
out["multiclass"] = {"x": xm.tolist(), "y": ym.tolist(), "q": qm.tolist(), "decision": m.decision_function(qm).tolist(),
                     "n_support": m.n_support_.tolist(), "predict": m.predict(qm).tolist()}

xr = rng.uniform(-2, 2, size=(50, 2))
yr = np.sin(xr[:, 0]) + 0.5 * xr[:, 1] + 0.1 * rng.normal(size=50)
qr = rng.uniform(-2, 2, size=(15, 2))
r = SVR(kernel="rbf", gamma=0.7, C=2.0, epsilon=0.1, tol=1e-8).fit(xr, yr)
out["svr"] = {"x": xr.tolist(), "y": yr.tolist(), "q": qr.tolist(), "predict": r.predict(qr).tolist(),
              "n_support": int(r.support_.size), "intercept": float(r.intercept_[0])}
json.dump(out, open("svm_golden.json", "w"))
