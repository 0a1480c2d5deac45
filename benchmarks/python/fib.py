"""Recursive fib: one call per node of the call tree, no memo.
The same algorithm in JS: benchmarks/js/fib.js."""

import sys

REPS = 30  # repetitions at scale 1 (benchmarks/compare.py multiplies)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def run(reps):
    """One repetition is fib(20) (21,891 calls); raises if the result is wrong."""
    total = 0
    for _ in range(reps):
        v = fib(20)
        if v != 6765:
            raise AssertionError(f"fib(20) = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("fib:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
