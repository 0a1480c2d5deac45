"""Sieve of Eratosthenes on a bytearray (the Uint8Array of the JS version).
The same algorithm in JS: benchmarks/js/sieve_typed.js."""

import sys

REPS = 8  # repetitions at scale 1 (benchmarks/compare.py multiplies)


def sieve_typed(n):
    composite = bytearray(n + 1)
    i = 2
    while i * i <= n:
        if composite[i] == 0:
            for j in range(i * i, n + 1, i):
                composite[j] = 1
        i += 1
    count = 0
    for k in range(2, n + 1):
        if composite[k] == 0:
            count += 1
    return count


def run(reps):
    """One repetition is sieve_typed(100000): 9592 primes."""
    total = 0
    for _ in range(reps):
        v = sieve_typed(100000)
        if v != 9592:
            raise AssertionError(f"sieve_typed(100000) = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("sieve_typed:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
