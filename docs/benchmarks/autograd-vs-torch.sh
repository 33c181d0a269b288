#!/usr/bin/env bash
# Side by side, in one run: the PyTorch anchor (/work/shared/anchors/bench_torch.py, unchanged) and our mlp-epoch /
# cnn-epoch verbs, alternating for N rounds, each under /usr/bin/time for whole-process CPU seconds; then sgemm.
# Usage (from the repository root, after `dotnet build tests/Kaggle.Benchmarks -c Release`):
#   docs/benchmarks/autograd-vs-torch.sh [rounds] > autograd-bench.log
set -euo pipefail
rounds=${1:-3}
ours="dotnet tests/Kaggle.Benchmarks/bin/Release/net10.0/Kaggle.Benchmarks.dll"
anchor=/work/shared/anchors/bench_torch.py
timed() { /usr/bin/time -f '{"process_cpu_s": %U, "process_sys_s": %S, "process_wall_s": %e}' "$@"; }
for round in $(seq "$rounds"); do
  for model in mlp cnn; do
    echo "# round $round $model torch"; timed /usr/bin/python3 "$anchor" --model "$model" --repeats 3 --threads 2 2>&1
    echo "# round $round $model ours";  timed $ours "$model-epoch" --repeats 3 --threads 2 2>&1
  done
done
for gemm in managed openblas; do
  echo "# sgemm $gemm"; $ours sgemm --n 1024 --threads 2 --gemm "$gemm" --repeats 10
done
