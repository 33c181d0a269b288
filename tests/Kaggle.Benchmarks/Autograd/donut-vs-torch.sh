#!/usr/bin/env bash
# One Donut epoch on the largest KPI, ours (donut-epoch verb) and PyTorch (donut_epoch.py) alternated for N pairs in
# one run, one thread each; each line is the verb's JSON (wall and CPU seconds per epoch, load average).
# Usage (from the repository root, after `dotnet build tests/Kaggle.Benchmarks -c Release`):
#   tests/Kaggle.Benchmarks/Autograd/donut-vs-torch.sh [pairs] [repeats] > donut-bench.log
set -euo pipefail
pairs=${1:-3}
repeats=${2:-3}
ours="dotnet tests/Kaggle.Benchmarks/bin/Release/net10.0/Kaggle.Benchmarks.dll donut-epoch --repeats $repeats"
anchor="/usr/bin/python3 tests/Kaggle.Benchmarks/Autograd/donut_epoch.py --repeats $repeats"
for pair in $(seq "$pairs"); do
  # Alternate which goes first, so a load change during the run does not always favour the same side.
  if (( pair % 2 )); then first=$ours; second=$anchor; else first=$anchor; second=$ours; fi
  echo "# pair $pair"; $first; $second
done
