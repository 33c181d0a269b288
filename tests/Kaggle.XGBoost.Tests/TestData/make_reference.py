#!/usr/bin/env python3
"""Writes the golden fixture for XGBoostReferenceTests (run with /usr/bin/python3, python3-xgboost 1.7.4).

A small random data set (train 160 x 6 with 5% NaN, test 40 x 6), four targets (regression, binary, 3 classes,
ranking relevance in query groups of 10), trained with the python binding over the same libxgboost.so.0 the C#
binding loads, with the parameters stored in the JSON. The C# tests train with the same parameters through
XGBoostRegressor / XGBoostClassifier and compare predictions on the test rows.
"""
import json, os
import numpy as np
import xgboost as xgb

here = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20240601)
n, m, nt = 160, 6, 40
X = np.round(rng.normal(size=(n + nt, m)), 6)
logit = 1.5 * X[:, 0] - X[:, 1] + 0.8 * X[:, 2] * X[:, 3]
y_reg = np.round(2 * X[:, 0] - X[:, 1] ** 2 + 0.5 * X[:, 4] + 0.3 * rng.normal(size=n + nt), 6)
y_bin = (rng.random(n + nt) < 1 / (1 + np.exp(-logit))).astype(float)
y_multi = np.digitize(logit + 0.5 * rng.normal(size=n + nt), [-0.7, 0.7]).astype(float)
y_rank = np.clip(np.round(logit + 1.5 + 0.5 * rng.normal(size=n + nt)), 0, 3)
X[rng.random(X.shape) < 0.05] = np.nan
Xtr, Xte = X[:n], X[n:]

common = {"tree_method": "hist", "eta": 0.3, "max_depth": 4, "max_leaves": 0, "grow_policy": "depthwise",
          "subsample": 0.8, "colsample_bytree": 0.8, "lambda": 1.5, "alpha": 0.1, "min_child_weight": 1,
          "max_bin": 32, "nthread": 2, "seed": 7}
lossguide = dict(common, grow_policy="lossguide", max_depth=0, max_leaves=8)
rounds = 15
groups = [10] * (n // 10)

def fit(params, y, group=None):
    d = xgb.DMatrix(Xtr, label=y[:n])
    if group is not None:
        d.set_group(group)
    bst = xgb.train(params, d, num_boost_round=rounds)
    return bst.predict(xgb.DMatrix(Xte)).astype(float).tolist()

out = {
    "rounds": rounds, "common": common, "lossguide": lossguide, "groups": groups,
    "regression": fit(dict(common, objective="reg:squarederror"), y_reg),
    "regression_lossguide": fit(dict(lossguide, objective="reg:squarederror"), y_reg),
    "binary": fit(dict(common, objective="binary:logistic"), y_bin),
    "multiclass": fit(dict(common, objective="multi:softprob", num_class=3), y_multi),
    "ranking": fit(dict(common, objective="rank:pairwise"), y_rank, groups),
}
header = ",".join([f"f{j}" for j in range(m)] + ["y_reg", "y_bin", "y_multi", "y_rank"])
rows = np.column_stack([X, y_reg, y_bin, y_multi, y_rank])
np.savetxt(os.path.join(here, "reference_data.csv"), rows, delimiter=",", header=header, comments="", fmt="%.6f")
with open(os.path.join(here, "reference_predictions.json"), "w") as f:
    json.dump(out, f, indent=1)
