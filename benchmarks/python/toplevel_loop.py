"""bench: toplevel
A hot loop at module level (the JS version's top-level loop, for on-stack
replacement): there is no run(reps); the runners time the execution of the
whole module with the repetitions in sys.argv[1].
The same algorithm in JS: benchmarks/js/toplevel_loop.js."""

import math
import sys

REPS = 6  # repetitions at scale 1 (benchmarks/compare.py multiplies)

reps = int(sys.argv[1]) if len(sys.argv) > 1 else REPS
total = 0
for r in range(reps):
    acc = 0
    x = 0.0
    for i in range(300000):
        acc = (acc + i * 7) % 1000003
        x = x * 0.75 + (i % 10) * 0.25
    v = acc + math.floor(x * 1000)
    if v != 11602:
        raise AssertionError(f"toplevel loop = {v}")
    total += v
print("toplevel_loop:", total)
