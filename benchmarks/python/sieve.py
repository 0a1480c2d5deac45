"""Sieve of Eratosthenes over a list of booleans.
The same algorithm in JS: benchmarks/js/sieve.js."""

import sys

REPS = 20  # repetitions at scale 1 (benchmarks/compare.py multiplies)


def sieve(n):
    flags = [True] * (n + 1)
    count = 0
    for i in range(2, n + 1):
        if flags[i]:
            count += 1
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return count


def run(reps):
    """One repetition is sieve(20000): 2262 primes."""
    total = 0
    for _ in range(reps):
        v = sieve(20000)
        if v != 2262:
            raise AssertionError(f"sieve(20000) = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("sieve:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
