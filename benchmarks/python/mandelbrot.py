"""Mandelbrot set on a size x size grid: points that never escape and the
sum of iteration counts.  The same algorithm in JS: benchmarks/js/mandelbrot.js."""

import sys

REPS = 6  # repetitions at scale 1 (benchmarks/compare.py multiplies)


def mandelbrot(size, max_iter):
    inside = 0
    iterations = 0
    for py in range(size):
        ci = (py * 2.5) / size - 1.25
        for px in range(size):
            cr = (px * 3.0) / size - 2.0
            zr = zi = zr2 = zi2 = 0.0
            i = 0
            while i < max_iter and zr2 + zi2 <= 4.0:
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                zr2 = zr * zr
                zi2 = zi * zi
                i += 1
            if i == max_iter:
                inside += 1
            iterations += i
    return inside * 1000000 + iterations


def run(reps):
    """One repetition is an 80 x 80 grid, at most 100 iterations per point."""
    total = 0
    for _ in range(reps):
        v = mandelbrot(80, 100)
        if v != 1345160902:
            raise AssertionError(f"mandelbrot(80, 100) = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("mandelbrot:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
