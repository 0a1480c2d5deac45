"""Sorting with a comparator function over pseudo-random integers
(Park-Miller generator), then a check that the result is sorted.
The same algorithm in JS: benchmarks/js/array_sort.js.  list.sort with
functools.cmp_to_key keeps the comparator call per comparison that JS makes
(both sorts are TimSort variants)."""

import sys
from functools import cmp_to_key

REPS = 20  # repetitions at scale 1 (benchmarks/compare.py multiplies)


def compare(p, q):
    return p - q


def sort_work(n):
    a = []
    seed = 12345
    for _ in range(n):
        seed = (seed * 16807) % 2147483647
        a.append(seed % 100000)
    a.sort(key=cmp_to_key(compare))
    for k in range(1, n):
        if a[k - 1] > a[k]:
            raise AssertionError(f"not sorted at {k}")
    return a[0] + a[n >> 1] * 3 + a[n - 1] * 7


def run(reps):
    """One repetition is sort_work(2000)."""
    total = 0
    for _ in range(reps):
        v = sort_work(2000)
        if v != 847637:
            raise AssertionError(f"sort_work(2000) = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("array_sort:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
