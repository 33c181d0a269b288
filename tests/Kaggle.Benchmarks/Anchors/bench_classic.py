#!/usr/bin/python3
"""scikit-learn anchors for the classic-algorithm verbs of Kaggle.Benchmarks (run side by side, same machine, same
moment; compare ratios, not absolute times). Each prints one JSON line.

Digits: the digit-recognizer train.csv(.gz) (42,000 x 784, label first); the first --index-rows rows train / index,
the next --queries rows test / query, as Classic/Digits.cs splits them; --pca N projects both onto N components of a
PCA fitted on the first part.
  --model knn     KNeighborsClassifier(n_neighbors=5, algorithm='brute', n_jobs=threads): predict time   (verb knn)
  --model pca     PCA(n_components=50) (svd_solver='auto' -> randomized) fit + transform of all rows     (verb pca)
  --model kmeans  KMeans(n_clusters=10, n_init=1, init='k-means++', algorithm='elkan'|'lloyd'), fit time  (verb kmeans)
  --model svm     SVC(kernel='rbf', C=10, gamma='scale') on --index-rows 10000 PCA-50 rows: fit + predict (verb svm)
Higgs-like set of ../shared/anchors/gen_data.py (ANCHORS_DATA, default /tmp/anchors_data):
  --model et      ExtraTreesClassifier(n_estimators=100, n_jobs=threads, random_state=0), 200,000 rows     (verb extratrees)
Threads are capped with threadpoolctl so BLAS uses --threads too."""
import argparse, json, os, resource, statistics, time
import numpy as np
import sklearn
from threadpoolctl import threadpool_limits

DIGITS = "/work/shared/data/digit-recognizer/train.csv.gz"


def stats(xs):
    return {"median": round(statistics.median(xs), 3), "min": round(min(xs), 3), "max": round(max(xs), 3), "n": len(xs),
            "all": [round(x, 3) for x in xs]}


def timed(fn, repeats):
    seconds, result = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        seconds.append(time.perf_counter() - start)
    return result, stats(seconds)


def digits(a, pca):
    from sklearn.decomposition import PCA
    start = time.perf_counter()
    data = np.loadtxt(a.train, delimiter=",", skiprows=1)
    parse = time.perf_counter() - start
    y, x = data[:, 0].astype(int), data[:, 1:]
    xtr, ytr = x[:a.index_rows], y[:a.index_rows]
    xte, yte = x[a.index_rows:a.index_rows + a.queries], y[a.index_rows:a.index_rows + a.queries]
    if pca:
        p = PCA(n_components=pca).fit(xtr)
        xtr, xte = p.transform(xtr), p.transform(xte)
    return x, xtr, ytr, xte, yte, parse


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", choices=["knn", "pca", "kmeans", "svm", "et"], required=True)
    ap.add_argument("--train", default=DIGITS)
    ap.add_argument("--index-rows", type=int, default=None)
    ap.add_argument("--queries", type=int, default=10_000)
    ap.add_argument("--pca", type=int, default=0)
    ap.add_argument("--rows", type=int, default=200_000)
    ap.add_argument("--algorithm", default="elkan")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--repeats", type=int, default=1)
    a = ap.parse_args()
    out = {"version": sklearn.__version__, "threads": a.threads, "model": a.model}
    with threadpool_limits(limits=a.threads):
        if a.model == "knn":
            from sklearn.neighbors import KNeighborsClassifier
            a.index_rows = a.index_rows or 32_000
            _, xtr, ytr, xte, yte, parse = digits(a, a.pca)
            clf = KNeighborsClassifier(n_neighbors=5, algorithm="brute", n_jobs=a.threads)
            labels, s = timed(lambda: clf.fit(xtr, ytr).predict(xte), a.repeats)
            out.update(bench="sklearn_knn", index_shape=list(xtr.shape), queries=len(xte), query_seconds=s,
                       accuracy=round(float(np.mean(labels == yte)), 5), parse_seconds=round(parse, 3))
        elif a.model == "pca":
            from sklearn.decomposition import PCA
            a.index_rows = a.index_rows or 42_000
            x, *_, parse = digits(a, 0)
            x = x[:a.index_rows]
            model, s = timed(lambda: PCA(n_components=50, random_state=0).fit(x), a.repeats)
            _, s = timed(lambda: PCA(n_components=50, random_state=0).fit_transform(x), a.repeats)
            out.update(bench="sklearn_pca", shape=list(x.shape), fit_transform_seconds=s,
                       explained_variance_ratio_sum=round(float(model.explained_variance_ratio_.sum()), 5))
        elif a.model == "kmeans":
            from sklearn.cluster import KMeans
            a.index_rows = a.index_rows or 42_000
            x, *_ = digits(a, 0)
            x = x[:a.index_rows]
            model, s = timed(lambda: KMeans(n_clusters=10, n_init=1, random_state=0, algorithm=a.algorithm).fit(x), a.repeats)
            out.update(bench="sklearn_kmeans", shape=list(x.shape), algorithm=a.algorithm, fit_seconds=s,
                       inertia=round(float(model.inertia_), 1), iterations=int(model.n_iter_))
        elif a.model == "svm":
            from sklearn.svm import SVC
            a.index_rows = a.index_rows or 10_000
            a.queries = min(a.queries, 5_000)
            _, xtr, ytr, xte, yte, _ = digits(a, a.pca or 50)
            clf = SVC(kernel="rbf", C=10, gamma="scale")
            _, fit = timed(lambda: clf.fit(xtr, ytr), a.repeats)
            labels, pred = timed(lambda: clf.predict(xte), a.repeats)
            out.update(bench="sklearn_svm", train_shape=list(xtr.shape), fit_seconds=fit, predict_seconds=pred,
                       support_vectors=int(clf.n_support_.sum()), accuracy=round(float(np.mean(labels == yte)), 5))
        else:
            from sklearn.ensemble import ExtraTreesClassifier
            from sklearn.metrics import roc_auc_score
            data = os.environ.get("ANCHORS_DATA", "/tmp/anchors_data")
            xtr = np.fromfile(os.path.join(data, "higgs_train.f32"), dtype=np.float32).reshape(-1, 28)[:a.rows]
            ytr = np.fromfile(os.path.join(data, "higgs_train.lbl"), dtype=np.uint8)[:a.rows]
            xte = np.fromfile(os.path.join(data, "higgs_test.f32"), dtype=np.float32).reshape(-1, 28)
            yte = np.fromfile(os.path.join(data, "higgs_test.lbl"), dtype=np.uint8)
            clf = ExtraTreesClassifier(n_estimators=100, n_jobs=a.threads, random_state=0)
            _, fit = timed(lambda: clf.fit(xtr, ytr), a.repeats)
            p, pred = timed(lambda: clf.predict_proba(xte)[:, 1], a.repeats)
            out.update(bench="sklearn_extratrees", train_shape=list(xtr.shape), train_seconds=fit, predict_seconds=pred,
                       auc=round(float(roc_auc_score(yte, p)), 5))
    out["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1)
    out["loadavg"] = open("/proc/loadavg").read().split()[:3]
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
