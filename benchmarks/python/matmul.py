"""Matrix multiply C = A x B of n x n row-major matrices of doubles (small
integer entries, so every sum is exact).  The same algorithm in JS:
benchmarks/js/matmul.js."""

import sys
from array import array

REPS = 8  # repetitions at scale 1 (benchmarks/compare.py multiplies)


def fill(n, seed):
    m = array("d", [0.0] * (n * n))
    for i in range(n):
        for j in range(n):
            m[i * n + j] = ((i * 7 + j * 3 + seed) % 11) - 5
    return m


def multiply(a, b, c, n):
    for i in range(n):
        row = i * n
        for j in range(n):
            c[row + j] = 0.0
        for k in range(n):
            aik = a[row + k]
            col = k * n
            for j2 in range(n):
                c[row + j2] += aik * b[col + j2]


def checksum(c, n):
    total = 0.0
    for i in range(n * n):
        total += c[i] * ((i % 13) + 1)
    return total


def run(reps):
    """One repetition multiplies two 48 x 48 matrices."""
    n = 48
    a = fill(n, 1)
    b = fill(n, 4)
    c = array("d", [0.0] * (n * n))
    total = 0
    for _ in range(reps):
        multiply(a, b, c, n)
        v = int(checksum(c, n))
        if v != -4382:
            raise AssertionError(f"matmul checksum = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("matmul:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
