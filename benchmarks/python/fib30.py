"""Recursive fib(30): 1,664,079 calls per repetition, no memo.
The same algorithm in JS: benchmarks/js/fib30.js."""

import sys

REPS = 1  # repetitions at scale 1 (benchmarks/compare.py multiplies)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def run(reps):
    """One repetition is fib(30); raises if the result is wrong."""
    total = 0
    for _ in range(reps):
        v = fib(30)
        if v != 832040:
            raise AssertionError(f"fib(30) = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("fib30:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
