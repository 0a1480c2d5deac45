"""N-body simulation of five made-up bodies (G = 1), symplectic Euler steps;
floor(energy * 1e9) after the steps.  Same operation order as the JS, so the
doubles are bit-identical.  The same algorithm in JS: benchmarks/js/nbody.js."""

import math
import sys
from array import array

REPS = 4  # repetitions at scale 1 (benchmarks/compare.py multiplies)

N = 5


def make_system():
    s = {k: array("d", [0.0] * N) for k in ("x", "y", "z", "vx", "vy", "vz", "mass")}
    masses = [40.0, 0.04, 0.012, 0.0021, 0.0009]
    radii = [0.0, 1.0, 2.0, 3.5, 5.0]
    for i in range(N):
        r = radii[i]
        s["mass"][i] = masses[i]
        s["x"][i] = r
        s["y"][i] = 0.0
        s["z"][i] = 0.01 * i
        s["vx"][i] = 0.0
        s["vy"][i] = math.sqrt(40.0 / r) if r > 0.0 else 0.0
        s["vz"][i] = 0.001 * i
    px = py = pz = 0.0
    for k in range(1, N):
        px += s["vx"][k] * s["mass"][k]
        py += s["vy"][k] * s["mass"][k]
        pz += s["vz"][k] * s["mass"][k]
    s["vx"][0] = -px / s["mass"][0]
    s["vy"][0] = -py / s["mass"][0]
    s["vz"][0] = -pz / s["mass"][0]
    return s


def advance(s, dt, steps):
    x, y, z, vx, vy, vz, mass = (s[k] for k in ("x", "y", "z", "vx", "vy", "vz", "mass"))
    sqrt = math.sqrt
    for _ in range(steps):
        for i in range(N):
            for j in range(i + 1, N):
                dx = x[i] - x[j]
                dy = y[i] - y[j]
                dz = z[i] - z[j]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * sqrt(d2))
                mi = mass[i] * mag
                mj = mass[j] * mag
                vx[i] -= dx * mj
                vy[i] -= dy * mj
                vz[i] -= dz * mj
                vx[j] += dx * mi
                vy[j] += dy * mi
                vz[j] += dz * mi
        for k in range(N):
            x[k] += dt * vx[k]
            y[k] += dt * vy[k]
            z[k] += dt * vz[k]


def energy(s):
    x, y, z, vx, vy, vz, mass = (s[k] for k in ("x", "y", "z", "vx", "vy", "vz", "mass"))
    e = 0.0
    for i in range(N):
        e += 0.5 * mass[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i])
        for j in range(i + 1, N):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            dz = z[i] - z[j]
            e -= mass[i] * mass[j] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def run(reps):
    """One repetition is 3000 steps of dt = 0.001 from the same start."""
    total = 0
    for _ in range(reps):
        s = make_system()
        advance(s, 0.001, 3000)
        v = math.floor(energy(s) * 1e9)
        if v != -934801684:
            raise AssertionError(f"nbody energy * 1e9 = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("nbody:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
