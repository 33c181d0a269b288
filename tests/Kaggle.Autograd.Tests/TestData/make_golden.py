#!/usr/bin/env python3
"""Writes torch_golden.json: PyTorch 1.13 forward/backward values for a small net that touches every layer kind.
Net: Conv2d(1,3,3,padding=1) -> BatchNorm2d(3) (training mode) -> ReLU -> MaxPool2d(2) -> Flatten
     -> Linear(27,5) -> Tanh -> Linear(5,3); loss = CrossEntropy(logits, labels).
Stored: the input, every parameter, the logits, the loss, every gradient (input included), the BN running stats after
the forward pass, and every parameter after one Adam step (lr 0.01, weight_decay 0.01). Linear weights are stored in
PyTorch's [out, in] layout. Run: /usr/bin/python3 make_golden.py > torch_golden.json"""
import json
import torch
import torch.nn as nn

torch.manual_seed(0)
net = nn.Sequential(nn.Conv2d(1, 3, 3, padding=1), nn.BatchNorm2d(3), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(),
                    nn.Linear(27, 5), nn.Tanh(), nn.Linear(5, 3))
with torch.no_grad():
    net[1].weight.uniform_(0.5, 1.5)
    net[1].bias.uniform_(-0.5, 0.5)
x = torch.randn(4, 1, 6, 6, requires_grad=True)
labels = torch.tensor([0, 2, 1, 2])
logits = net(x)
loss = nn.functional.cross_entropy(logits, labels)
loss.backward()
names = {"conv_w": net[0].weight, "conv_b": net[0].bias, "bn_g": net[1].weight, "bn_b": net[1].bias,
         "fc1_w": net[5].weight, "fc1_b": net[5].bias, "fc2_w": net[7].weight, "fc2_b": net[7].bias}
flat = lambda t: [float(v) for v in t.detach().reshape(-1)]
out = {"input": flat(x), "labels": labels.tolist(), "logits": flat(logits), "loss": float(loss),
       "grad_input": flat(x.grad), "running_mean": flat(net[1].running_mean), "running_var": flat(net[1].running_var)}
for k, p in names.items():
    out[k] = flat(p)
    out["grad_" + k] = flat(p.grad)
opt = torch.optim.Adam(net.parameters(), lr=0.01, weight_decay=0.01)
opt.step()
for k, p in names.items():
    out["adam_" + k] = flat(p)
print(json.dumps(out))
