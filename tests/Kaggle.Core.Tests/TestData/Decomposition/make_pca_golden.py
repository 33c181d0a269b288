#!/usr/bin/python3
"""Writes pca_golden.json: scikit-learn's PCA (full solver) on a tall 60 x 6 set with correlated columns and a
wide 8 x 20 set: components (sign is arbitrary), explained variance and its ratio, singular values, and the
plain and whitened projections of the first rows.
Run: /usr/bin/python3 make_pca_golden.py  (scikit-learn 1.2.1 produced the stored file)."""
import json
import numpy as np
from sklearn.decomposition import PCA

rng = np.random.default_rng(3)
out = {}
tall = rng.normal(size=(60, 6)) @ rng.normal(size=(6, 6)) + np.array([1.0, -2.0, 0.5, 3.0, 0.0, 10.0])
wide = rng.normal(size=(8, 20)) * 2 + 1
for name, x, k in (("tall", tall, 4), ("wide", wide, 5)):
    plain = PCA(n_components=k, svd_solver="full").fit(x)
    white = PCA(n_components=k, svd_solver="full", whiten=True).fit(x)
    out[name] = {
        "x": x.tolist(), "components": k,
        "vectors": plain.components_.tolist(),
        "explained_variance": plain.explained_variance_.tolist(),
        "explained_variance_ratio": plain.explained_variance_ratio_.tolist(),
        "singular_values": plain.singular_values_.tolist(),
        "transform": plain.transform(x[:5]).tolist(),
        "whitened": white.transform(x[:5]).tolist()}

json.dump(out, open("pca_golden.json", "w"))
