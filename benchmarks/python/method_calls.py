"""Methods on class instances: a 2-D integer vector type and an
accumulator, with method calls that allocate and that mutate.
The same algorithm in JS: benchmarks/js/method_calls.js (constructor
functions with prototype methods)."""

import sys

REPS = 25  # repetitions at scale 1 (benchmarks/compare.py multiplies)


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def length_sq(self):
        return self.dot(self)


class Accumulator:
    def __init__(self):
        self.total = 0
        self.count = 0

    def add(self, value):
        self.total += value
        self.count += 1

    def result(self):
        return self.total * 7 + self.count


def walk(n):
    acc = Accumulator()
    pos = Vec(0, 0)
    step = Vec(1, -2)
    axis = Vec(3, 5)
    for i in range(n):
        pos = pos.add(step)
        acc.add(pos.dot(axis) & 63)
        if pos.length_sq() > 10000:
            pos = Vec(i % 10, 0)
    return acc.result()


def run(reps):
    """One repetition is walk(3000): 3,000 iterations of 4 method calls each."""
    total = 0
    for _ in range(reps):
        v = walk(3000)
        if v != 664605:
            raise AssertionError(f"walk(3000) = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("method_calls:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
