#!/usr/bin/env bash
# Side-by-side timing of the tree learners against the anchors (../shared/anchors), interleaved so that both
# sides see the same machine load. Usage (from the repository root):
#     docs/benchmarks/gbdt.sh [pairs=3] [out=/tmp/gbdt-bench] [cases="big depth small rf"]
# EXT=f32 feeds our verbs the raw float32 copies the anchors read (np.fromfile) instead of the CSV files, so that peak
# RSS compares the training jobs alone; with the default EXT=csv our peak is that of parsing the 333 MB CSV.
# Each pair runs our verb once and the anchor once, each in its own process under /usr/bin/time -v (peak RSS).
# The summary prints min and median train seconds per side and the ratio ours/anchor of each statistic.
set -euo pipefail
pairs=${1:-3}
out=${2:-/tmp/gbdt-bench}
cases=${3:-"big depth small rf"}
anchors=${ANCHORS:-/work/shared/anchors}
data=${ANCHORS_DATA:-/tmp/anchors_data}
mkdir -p "$out"
dotnet build tests/Kaggle.Benchmarks -c Release -v q -nologo > "$out/build.log"
bench="dotnet tests/Kaggle.Benchmarks/bin/Release/net10.0/Kaggle.Benchmarks.dll"
ext=${EXT:-csv}
common="--train $data/higgs_train.$ext --test $data/higgs_test.$ext --target label --threads 2 --repeats 1"

run() { # name, command...
    local name=$1; shift
    /usr/bin/time -v -o "$out/$name.time" "$@" > "$out/$name.json" 2> "$out/$name.err"
    grep "Maximum resident" "$out/$name.time" | awk '{print $NF}' > "$out/$name.rss"
}

for i in $(seq 1 "$pairs"); do
    for c in $cases; do
        case $c in
        big)   run "big-ours-$i" $bench gbdt $common --max-leaves 255 --rounds 100 --learning-rate 0.1
               run "big-xgb-$i" /usr/bin/python3 "$anchors/bench_xgb.py" --size big --grow lossguide --repeats 1 ;;
        depth) run "depth-ours-$i" $bench gbdt $common --max-depth 8 --max-leaves 0 --rounds 100 --learning-rate 0.1
               run "depth-xgb-$i" /usr/bin/python3 "$anchors/bench_xgb.py" --size big --grow depthwise --repeats 1 ;;
        small) run "small-ours-$i" $bench gbdt $common --max-depth 8 --max-leaves 0 --rounds 100 --learning-rate 0.1 --rows 10000 --cols 20
               run "small-xgb-$i" /usr/bin/python3 "$anchors/bench_xgb.py" --size small --grow depthwise --repeats 1 ;;
        rf)    run "rf-ours-$i" $bench rf $common --trees 100 --rows 200000
               run "rf-sk-$i" /usr/bin/python3 "$anchors/bench_rf_lr.py" --model rf --repeats 1 ;;
        esac
    done
done

/usr/bin/python3 - "$out" $cases <<'PY'
import json, glob, os, statistics, sys
out, cases = sys.argv[1], sys.argv[2:]
def load(pattern):
    rows = []
    for path in sorted(glob.glob(os.path.join(out, pattern + ".json"))):
        with open(path) as f:
            line = [l for l in f if l.startswith("{")][-1]
        d = json.loads(line)
        t = d.get("train_seconds") or d.get("train_s")
        rss = open(path[:-5] + ".rss").read().strip()
        rows.append((t["median"], d.get("auc"), float(rss) / 1024, d.get("loadavg")))
    return rows
print("| case | ours min / median s | anchor min / median s | ratio min / median | AUC ours / anchor | peak RSS MB ours / anchor | loadavg |")
print("|---|---|---|---|---|---|---|")
for c in cases:
    ours = load(f"{c}-ours-*"); anchor = load(f"{c}-xgb-*") or load(f"{c}-sk-*")
    if not ours or not anchor: continue
    o = [r[0] for r in ours]; a = [r[0] for r in anchor]
    print(f"| {c} | {min(o):.2f} / {statistics.median(o):.2f} | {min(a):.2f} / {statistics.median(a):.2f} | "
          f"{min(o)/min(a):.2f} / {statistics.median(o)/statistics.median(a):.2f} | {ours[-1][1]} / {anchor[-1][1]} | "
          f"{max(r[2] for r in ours):.0f} / {max(r[2] for r in anchor):.0f} | {ours[0][3]} |")
PY
