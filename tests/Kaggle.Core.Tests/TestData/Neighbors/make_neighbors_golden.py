#!/usr/bin/python3
"""Writes neighbors_golden.json: scikit-learn's k-nearest-neighbour answers on small continuous sets (no distance
ties), for 3 features (the KD-tree path) and 12 features (brute force), three metrics and both weightings.
Run: /usr/bin/python3 make_neighbors_golden.py  (scikit-learn 1.2.1 produced the stored file)."""
import json
import numpy as np
from sklearn.neighbors import KNeighborsClassifier, KNeighborsRegressor

rng = np.random.default_rng(15)
out = {}
for name, d in (("low", 3), ("high", 12)):
    x = rng.normal(size=(80, d))
    q = rng.normal(size=(25, d))
    y_class = (x[:, 0] + 0.5 * x[:, 1] + 0.3 * rng.normal(size=80) > 0).astype(int) + (x[:, 2] > 1).astype(int)
    y_reg = x[:, 0] - 2 * x[:, 1] + 0.1 * rng.normal(size=80)
    case = {"x": x.tolist(), "q": q.tolist(), "y_class": y_class.tolist(), "y_reg": y_reg.tolist()}
    for metric in ("euclidean", "manhattan", "cosine"):
        for weights in ("uniform", "distance"):
            c = KNeighborsClassifier(n_neighbors=7, weights=weights, metric=metric, algorithm="brute").fit(x, y_class)
            r = KNeighborsRegressor(n_neighbors=7, weights=weights, metric=metric, algorithm="brute").fit(x, y_reg)
            dist, ind = c.kneighbors(q)
            case[f"{metric}_{weights}"] = {
                "neighbors": ind.tolist(), "distances": dist.tolist(),
                "proba": c.predict_proba(q).tolist(), "labels": c.predict(q).tolist(), "regression": r.predict(q).tolist()}
    out[name] = case

json.dump(out, open("neighbors_golden.json", "w"))
