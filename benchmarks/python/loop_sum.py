"""Integer loop: a counted for-loop with +, * and % on small integers.
The same algorithm in JS: benchmarks/js/loop_sum.js."""

import sys

REPS = 20  # repetitions at scale 1 (benchmarks/compare.py multiplies)


def sum_loop(n):
    total = 0
    total_sq = 0
    for i in range(n):
        total += i
        total_sq += (i * i) % 1000
    return total + total_sq


def run(reps):
    """One repetition is sum_loop(20000); raises if the result is wrong."""
    total = 0
    for _ in range(reps):
        v = sum_loop(20000)
        if v != 209220000:
            raise AssertionError(f"sum_loop(20000) = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("loop_sum:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
