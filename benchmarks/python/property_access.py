"""Attribute reads and writes on objects with several fields: a small
particle simulation that bounces integer particles inside a box.
The same algorithm in JS: benchmarks/js/property_access.js (where the
particles are object literals; here instances of a plain class)."""

import sys

REPS = 60  # repetitions at scale 1 (benchmarks/compare.py multiplies)


class Particle:
    def __init__(self, x, y, z, vx, vy, vz):
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx
        self.vy = vy
        self.vz = vz


def make_particle(i):
    return Particle(i % 50, (i * 7) % 50, (i * 13) % 50, 1, -1, (i % 3) - 1)


def simulate(count, steps):
    particles = []
    for i in range(count):
        particles.append(make_particle(i))
    for _ in range(steps):
        for k in range(count):
            p = particles[k]
            p.x += p.vx
            p.y += p.vy
            p.z += p.vz
            if p.x <= 0 or p.x >= 50:
                p.vx = -p.vx
            if p.y <= 0 or p.y >= 50:
                p.vy = -p.vy
            if p.z <= 0 or p.z >= 50:
                p.vz = -p.vz
    checksum = 0
    for m in range(count):
        q = particles[m]
        checksum += q.x * 3 + q.y * 5 + q.z * 7 + q.vx + q.vy + q.vz
    return checksum


def run(reps):
    """One repetition is simulate(100, 40): 4,000 particle updates."""
    total = 0
    for _ in range(reps):
        v = simulate(100, 40)
        if v != 35571:
            raise AssertionError(f"simulate(100, 40) = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("property_access:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
