#!/usr/bin/python3
"""Writes bayes_golden.json: scikit-learn's GaussianNB and BernoulliNB on a 50 x 4 set with 3 classes (one feature
constant), with and without sample weights: fitted means/variances/log-probabilities and predict_proba of all rows.
Run: /usr/bin/python3 make_bayes_golden.py  (scikit-learn 1.2.1 produced the stored file)."""
import json
import numpy as np
from sklearn.naive_bayes import BernoulliNB, GaussianNB

rng = np.random.default_rng(21)
n = 50
y = rng.integers(0, 3, size=n)
x = rng.normal(size=(n, 4)) + y[:, None] * np.array([1.0, -0.5, 0.0, 0.3])
x[:, 2] = 4.0   # a zero-variance column
w = np.round(rng.uniform(0.1, 3.0, size=n), 2)
out = {"x": x.tolist(), "y": y.tolist(), "w": w.tolist()}
for weighted in (False, True):
    sw = w if weighted else None
    g = GaussianNB().fit(x, y, sample_weight=sw)
    b = BernoulliNB(alpha=0.5, binarize=0.2).fit(x, y, sample_weight=sw)
    u = BernoulliNB(alpha=1.0, binarize=0.0, fit_prior=False).fit(x, y, sample_weight=sw)
    key = "weighted" if weighted else "unweighted"
    out[key] = {
        "gaussian": {"means": g.theta_.tolist(), "variances": g.var_.tolist(), "proba": g.predict_proba(x).tolist()},
        "bernoulli": {"feature_log_prob": b.feature_log_prob_.tolist(), "proba": b.predict_proba(x).tolist()},
        "bernoulli_uniform": {"proba": u.predict_proba(x).tolist()}}

json.dump(out, open("bayes_golden.json", "w"))
