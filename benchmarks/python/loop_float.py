"""Floating-point loop: a damped accumulator in doubles; every operation is
a plain IEEE double operation, so the result is bit-identical to JS.
The same algorithm in JS: benchmarks/js/loop_float.js."""

import sys

REPS = 20  # repetitions at scale 1 (benchmarks/compare.py multiplies)


def float_loop(n):
    x = 0.0
    y = 1.0
    for i in range(n):
        x = x * 0.999 + i * 0.5
        y = y + x / (i + 1.0)
    return x + y


def run(reps):
    """One repetition is float_loop(20000); raises if the result is wrong."""
    total = 0
    for _ in range(reps):
        v = float_loop(20000)
        if v != 17713514.531848084:
            raise AssertionError(f"float_loop(20000) = {v!r}")
        total += v
    return total


if __name__ == "__main__":
    print("loop_float:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
