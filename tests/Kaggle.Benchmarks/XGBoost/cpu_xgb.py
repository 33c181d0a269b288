#!/usr/bin/env python3
"""The python side of a CPU-time comparison, for shared machines where wall time is noise: bench_xgb.py's data,
parameters and timed section (fresh DMatrix and booster per repeat, xgb.train over 100 rounds), reporting the process
CPU time (user + system, getrusage) of xgb.train as train_cpu_s next to its wall time. At --nthread 1 the CPU time is
the work done, whatever the other processes do; compare it with the xgboost verb's train_cpu_seconds.

    /usr/bin/python3 tests/Kaggle.Benchmarks/XGBoost/cpu_xgb.py --grow lossguide --nthread 1 --repeats 3
    dotnet tests/Kaggle.Benchmarks/bin/Release/net10.0/Kaggle.Benchmarks.dll xgboost --grow lossguide --threads 1 --repeats 3"""
import argparse, json, resource, statistics, sys, time
sys.path.insert(0, "/work/shared/anchors")
import xgboost as xgb
from common import load

ap = argparse.ArgumentParser()
ap.add_argument("--grow", choices=["depthwise", "lossguide"], default="depthwise")
ap.add_argument("--repeats", type=int, default=3)
ap.add_argument("--nthread", type=int, default=1)
ap.add_argument("--rounds", type=int, default=100)
a = ap.parse_args()
X, y = load("train")
params = {"tree_method": "hist", "objective": "binary:logistic", "eta": 0.1, "max_bin": 256,
          "nthread": a.nthread, "seed": 0, "eval_metric": "logloss", "verbosity": 0}
params.update(max_depth=8) if a.grow == "depthwise" else params.update(grow_policy="lossguide", max_depth=0, max_leaves=255)
cpu = lambda: (lambda r: r.ru_utime + r.ru_stime)(resource.getrusage(resource.RUSAGE_SELF))
wall, work = [], []
for _ in range(a.repeats):
    d = xgb.DMatrix(X, label=y, nthread=a.nthread)
    c0, t0 = cpu(), time.perf_counter()
    bst = xgb.train(params, d, num_boost_round=a.rounds)
    wall.append(time.perf_counter() - t0); work.append(cpu() - c0)
    del bst, d
s = lambda v: {"median": round(statistics.median(v), 3), "min": round(min(v), 3), "all": [round(x, 3) for x in v]}
print(json.dumps({"bench": "xgboost_cpu", "grow": a.grow, "nthread": a.nthread, "train_s": s(wall), "train_cpu_s": s(work),
                  "loadavg": open("/proc/loadavg").read().split()[:3]}), flush=True)
