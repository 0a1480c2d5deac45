"""Nested counted loops with integer arithmetic, a bitwise and and a branch.
The same algorithm in JS: benchmarks/js/nested_loops.js."""

import sys

REPS = 30  # repetitions at scale 1 (benchmarks/compare.py multiplies)


def nested(n):
    acc = 0
    for i in range(n):
        for j in range(n):
            if (i + j) % 3 == 0:
                acc += (i * j) & 255
            else:
                acc -= 1
    return acc


def run(reps):
    """One repetition is nested(140) (19,600 inner iterations)."""
    total = 0
    for _ in range(reps):
        v = nested(140)
        if v != 791314:
            raise AssertionError(f"nested(140) = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("nested_loops:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
