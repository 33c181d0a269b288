#!/usr/bin/python3
"""Writes kmeans_golden.json: scikit-learn's KMeans (lloyd, n_init=1) from fixed starting centres on two sets --
four Gaussian blobs (200 x 5, k = 4) and uniform noise (300 x 3, k = 6, many iterations) -- with the final
inertia, centres, labels and iteration count, plus the best inertia of k-means++ with 10 restarts on the blobs.
Run: /usr/bin/python3 make_kmeans_golden.py  (scikit-learn 1.2.1 produced the stored file)."""
import json
import numpy as np
from sklearn.cluster import KMeans

rng = np.random.default_rng(5)
blobs = np.concatenate([rng.normal(loc=c, scale=1.0, size=(50, 5)) for c in (0.0, 4.0, -3.0, 8.0)])
blobs = blobs[rng.permutation(200)]
noise = rng.uniform(size=(300, 3))
out = {}
for name, x, k in (("blobs", blobs, 4), ("noise", noise, 6)):
    init = x[:k].copy()
    m = KMeans(n_clusters=k, init=init, n_init=1, algorithm="lloyd", tol=1e-4, max_iter=300).fit(x)
    out[name] = {"x": x.tolist(), "k": k, "init": init.tolist(), "inertia": float(m.inertia_),
                 "centres": m.cluster_centers_.tolist(), "labels": m.labels_.tolist(), "iterations": int(m.n_iter_)}
out["blobs"]["plusplus_inertia"] = float(KMeans(n_clusters=4, n_init=10, random_state=0).fit(blobs).inertia_)
json.dump(out, open("kmeans_golden.json", "w"))
