"""List work: append, indexed reads over len(), in-place reversal by
swapping, and pop until half is left.
The same algorithm in JS: benchmarks/js/array_work.js."""

import sys

REPS = 40  # repetitions at scale 1 (benchmarks/compare.py multiplies)


def array_work(n):
    a = []
    for i in range(n):
        a.append((i * 3) % 17)
    total = 0
    for k in range(len(a)):
        total += a[k] * (k & 7)
    lo, hi = 0, len(a) - 1
    while lo < hi:
        a[lo], a[hi] = a[hi], a[lo]
        lo += 1
        hi -= 1
    while len(a) > n / 2:
        total += a.pop()
    return total + a[0] * 1000 + len(a)


def run(reps):
    """One repetition is array_work(5000)."""
    total = 0
    for _ in range(reps):
        v = array_work(5000)
        if v != 165495:
            raise AssertionError(f"array_work(5000) = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("array_work:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
