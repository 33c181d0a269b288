"""Anchor of the `sparse-logreg` verb: TF-IDF word 1-2 + char_wb 2-5 fitted on the training tweets with i % 5 != 0,
then LogisticRegression(solver="liblinear", C) timed on that CSR matrix; held-out log-loss on the rows i % 5 == 0.

Usage: /usr/bin/python3 bench_sparse_logreg.py [--data DIR] [--rows N] [--repeats R] [--c C]; prints one JSON line.
"""
import argparse
import json
import time

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss, roc_auc_score

from tweets_csv import read


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="/work/shared/data/nlp-getting-started")
    parser.add_argument("--rows", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--c", type=float, default=1.0)
    args = parser.parse_args()
    train = read(f"{args.data}/train.csv", args.rows)
    fit = [r for i, r in enumerate(train) if i % 5 != 0]
    hold = [r for i, r in enumerate(train) if i % 5 == 0]
    fit_text, hold_text = [r["text"] for r in fit], [r["text"] for r in hold]
    y_fit = np.array([int(r["target"]) for r in fit])
    y_hold = np.array([int(r["target"]) for r in hold])
    word = TfidfVectorizer(ngram_range=(1, 2))
    char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5))
    x_fit = sp.hstack([word.fit_transform(fit_text), char.fit_transform(fit_text)]).tocsr()
    x_hold = sp.hstack([word.transform(hold_text), char.transform(hold_text)]).tocsr()
    seconds = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        model = LogisticRegression(solver="liblinear", C=args.c).fit(x_fit, y_fit)
        seconds.append(time.perf_counter() - start)
    p = model.predict_proba(x_hold)[:, 1]
    print(json.dumps({
        "bench": "sklearn_sparse_logreg", "shape": list(x_fit.shape), "nnz": int(x_fit.nnz), "C": args.c,
        "n_iter": int(model.n_iter_.max()),
        "fit_s": {"min": round(min(seconds), 4), "median": round(sorted(seconds)[len(seconds) // 2], 4)},
        "holdout_logloss": round(log_loss(y_hold, p), 5), "holdout_auc": round(roc_auc_score(y_hold, p), 5),
    }))


if __name__ == "__main__":
    main()
