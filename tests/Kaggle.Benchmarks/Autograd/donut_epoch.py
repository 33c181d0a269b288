#!/usr/bin/env python3
"""PyTorch anchor for the donut-epoch verb: the same Donut network and training step, timed per epoch.
Network: encoder 120-100-100 ReLU, heads to latent 3 (mean; softplus + 1e-4 std); decoder 3-100-100 ReLU, heads to
120 (mean; softplus + 1e-4 std). Loss: negative M-ELBO with one reparameterised sample, alpha = observed normal
points (1 % injected as missing), beta = mean(alpha) scaling log p(z). Adam 1e-3, weight decay 1e-3, clip norm 10,
batch 256, shuffled windows of the KPI with the most training rows, standardised on all its points. One thread.
Run: /usr/bin/python3 donut_epoch.py [--data ../shared/data/kpi-anomaly-detection/train.csv.gz] [--repeats 3]"""
import argparse, csv, gzip, json, math, os, time
from collections import defaultdict

p = argparse.ArgumentParser()
DATA = "shared/data/kpi-anomaly-detection/train.csv.gz"
# The shared data sit beside the main repository (../shared) or beside the work trees' folder (../../shared).
p.add_argument("--data", default="../" + DATA if os.path.exists("../" + DATA) else "../../" + DATA)
p.add_argument("--repeats", type=int, default=3)
p.add_argument("--threads", type=int, default=1)
a = p.parse_args()
# torch.set_num_threads does not reach the BLAS library's own pool (Debian's torch calls the system BLAS, which starts
# a second, spinning thread): pin it before torch loads it, so the anchor uses the one thread it reports.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = str(a.threads)
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.set_num_threads(a.threads)
torch.manual_seed(0)

rows = defaultdict(list)
with gzip.open(a.data, "rt") as f:
    for r in csv.DictReader(f):
        rows[r["KPI ID"]].append((int(r["timestamp"]), float(r["value"]), int(r["label"])))
kpi, pts = max(rows.items(), key=lambda kv: len(kv[1]))
pts.sort()
step = min(b[0] - a_[0] for a_, b in zip(pts, pts[1:]))
n = (pts[-1][0] - pts[0][0]) // step + 1
values = torch.zeros(n); missing = torch.ones(n, dtype=torch.bool); labels = torch.zeros(n)
for t, v, l in pts:
    i = (t - pts[0][0]) // step
    values[i] = v; missing[i] = False; labels[i] = l
obs = values[~missing]
values = torch.where(missing, torch.zeros(()), (values - obs.mean()) / obs.std(unbiased=False))
W, Z, H = 120, 3, 100
windows = values.unfold(0, W, 1)
normal = (~missing & (labels == 0)).float().unfold(0, W, 1)

def mlp(i):
    return nn.Sequential(nn.Linear(i, H), nn.ReLU(), nn.Linear(H, H), nn.ReLU())

enc, dec = mlp(W), mlp(Z)
zm, zs, xm, xs = nn.Linear(H, Z), nn.Linear(H, Z), nn.Linear(H, W), nn.Linear(H, W)
params = [q for m in (enc, dec, zm, zs, xm, xs) for q in m.parameters()]
opt = torch.optim.Adam(params, lr=1e-3, weight_decay=1e-3)
LOG2PI = math.log(2 * math.pi)

def logn(x, m, s):
    return -0.5 * LOG2PI - torch.log(s) - 0.5 * ((x - m) / s) ** 2

def epoch():
    order = torch.randperm(windows.shape[0])
    for s in range(0, len(order), 256):
        idx = order[s:s + 256]
        inject = torch.rand(len(idx), W) < 0.01
        x = torch.where(inject, torch.zeros(()), windows[idx])
        alpha = normal[idx] * (~inject).float()
        beta = alpha.mean(1, keepdim=True)
        h = enc(x); mu = zm(h); sd = F.softplus(zs(h)) + 1e-4
        z = mu + sd * torch.randn_like(mu)
        g = dec(z); mx = xm(g); sx = F.softplus(xs(g)) + 1e-4
        elbo = (logn(x, mx, sx) * alpha).sum(1, keepdim=True) + beta * logn(z, torch.zeros_like(z), torch.ones_like(z)).sum(1, keepdim=True) - logn(z, mu, sd).sum(1, keepdim=True)
        loss = -elbo.mean()
        opt.zero_grad(); loss.backward(); nn.utils.clip_grad_norm_(params, 10); opt.step()

times, cpu = [], []
for r in range(a.repeats + 1):
    t, c = time.perf_counter(), time.process_time(); epoch(); e, ec = time.perf_counter() - t, time.process_time() - c
    if r > 0: times.append(e); cpu.append(ec)
times.sort(); cpu.sort()
print(json.dumps({"bench": "torch_donut_epoch", "kpi": kpi, "points": n, "windows": windows.shape[0], "batch": 256,
                  "threads": a.threads, "epoch_s": {"median": round(times[len(times) // 2], 3), "min": round(times[0], 3), "all": [round(x, 3) for x in times]},
                  "epoch_cpu_s": {"median": round(cpu[len(cpu) // 2], 3), "min": round(cpu[0], 3)}, "loadavg": open("/proc/loadavg").read().split()[:3]}))
