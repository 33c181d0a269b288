#!/usr/bin/env python3
"""Runs the python binding's anchor (bench_xgb.py) and our `xgboost` verb back to back on the same machine, alternating
the order (anchor first, then ours first, ...) so that load drifts hit both alike, for each grow policy. Prints every
JSON line, then a table of train-time ratios (ours / anchor) per pair and over all pairs, and the AUCs.

    /usr/bin/python3 tests/Kaggle.Benchmarks/XGBoost/compare_xgb.py [--pairs 2] [--repeats 3] [--grow lossguide depthwise] [--source float32]

Run from the repository root after `dotnet build tests/Kaggle.Benchmarks -c Release`."""
import argparse, json, statistics, subprocess, sys

ap = argparse.ArgumentParser()
ap.add_argument("--pairs", type=int, default=2)
ap.add_argument("--repeats", type=int, default=3)
ap.add_argument("--threads", type=int, default=2)
ap.add_argument("--grow", nargs="+", default=["lossguide", "depthwise"])
ap.add_argument("--source", default="float32")
ap.add_argument("--anchors", default="/work/shared/anchors")
a = ap.parse_args()

anchor = lambda g: ["/usr/bin/python3", f"{a.anchors}/bench_xgb.py", "--size", "big", "--grow", g,
                    "--repeats", str(a.repeats), "--nthread", str(a.threads)]
ours = lambda g: ["dotnet", "tests/Kaggle.Benchmarks/bin/Release/net10.0/Kaggle.Benchmarks.dll", "xgboost", "--grow", g,
                  "--repeats", str(a.repeats), "--threads", str(a.threads), "--source", a.source]


def run(cmd):
    line = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
    print(line, flush=True)
    return json.loads(line)


rows = []
for g in a.grow:
    for i in range(a.pairs):
        if i % 2 == 0:
            py, cs = run(anchor(g)), run(ours(g))
        else:
            cs, py = run(ours(g)), run(anchor(g))
        rows.append((g, py, cs))

print("\n| grow | pair | anchor train median / min (s) | ours train median / min (s) | ratio median | ratio min | anchor dmatrix | ours dmatrix | AUC anchor | AUC ours | loadavg |")
print("|---|---|---|---|---|---|---|---|---|---|---|")
for g in a.grow:
    rm, rn = [], []
    for k, (gg, py, cs) in enumerate(r for r in rows if r[0] == g):
        m = cs["train_seconds"]["median"] / py["train_s"]["median"]; n = cs["train_seconds"]["min"] / py["train_s"]["min"]
        rm.append(m); rn.append(n)
        print(f"| {g} | {k + 1} | {py['train_s']['median']:.2f} / {py['train_s']['min']:.2f} | {cs['train_seconds']['median']:.2f} / "
              f"{cs['train_seconds']['min']:.2f} | {m:.3f} | {n:.3f} | {py['dmatrix_s']['median']:.2f} | {cs['dmatrix_seconds']['median']:.2f} | "
              f"{py['auc']:.5f} | {cs['auc']:.5f} | {' '.join(cs['loadavg'])} |")
    print(f"| {g} | all | | | {statistics.median(rm):.3f} | {statistics.median(rn):.3f} | | | | | |")
