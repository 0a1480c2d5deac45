"""A constraint solver: sudoku as a CSP (bitmask domains, all-different
units, propagation through a work queue, smallest-domain-first search with
a trail for backtracking).  The same algorithm in JS: benchmarks/js/constraints.js."""

import sys

REPS = 1  # repetitions at scale 1 (benchmarks/compare.py multiplies)

ALL = 511


def popcount(m):
    n = 0
    while m != 0:
        m &= m - 1
        n += 1
    return n


def digit_of(mask):
    d = 1
    while mask != 1:
        mask >>= 1
        d += 1
    return d


class Variable:
    def __init__(self, index):
        self.index = index
        self.domain = ALL
        self.units = []
        self.blank = False


class Unit:
    def __init__(self, cells):
        self.cells = cells


class Solver:
    def __init__(self):
        self.vars = [Variable(i) for i in range(81)]
        self.units = []
        self.trail = []
        self.queue = []
        self.nodes = 0
        for k in range(9):
            row, col, box = [], [], []
            for m in range(9):
                row.append(self.vars[k * 9 + m])
                col.append(self.vars[m * 9 + k])
                box.append(self.vars[((k // 3) * 3 + m // 3) * 9 + (k % 3) * 3 + (m % 3)])
            self.add_unit(row)
            self.add_unit(col)
            self.add_unit(box)

    def add_unit(self, cells):
        unit = Unit(cells)
        self.units.append(unit)
        for cell in cells:
            cell.units.append(unit)

    def restrict(self, v, domain):
        if domain == v.domain:
            return True
        if domain == 0:
            return False
        self.trail.append(v)
        self.trail.append(v.domain)
        v.domain = domain
        self.queue.append(v)
        return True

    def propagate(self):
        while self.queue:
            v = self.queue.pop()
            d = v.domain
            for unit in v.units:
                cells = unit.cells
                if popcount(d) == 1:
                    for peer in cells:
                        if peer is not v and (peer.domain & d) != 0:
                            if not self.restrict(peer, peer.domain & ~d):
                                return False
                bit = 1
                while bit < ALL:
                    place, count = None, 0
                    j = 0
                    while j < len(cells) and count < 2:
                        if (cells[j].domain & bit) != 0:
                            place = cells[j]
                            count += 1
                        j += 1
                    if count == 0:
                        return False
                    if count == 1 and place.domain != bit:
                        if not self.restrict(place, bit):
                            return False
                    bit <<= 1
        return True

    def undo(self, mark):
        while len(self.trail) > mark:
            old = self.trail.pop()
            v = self.trail.pop()
            v.domain = old

    def search(self):
        self.nodes += 1
        best, best_size = None, 10
        for v in self.vars:
            size = popcount(v.domain)
            if 1 < size < best_size:
                best, best_size = v, size
        if best is None:
            return True
        domain = best.domain
        bit = 1
        while bit < ALL:
            if (domain & bit) != 0:
                mark = len(self.trail)
                self.queue.clear()
                if self.restrict(best, bit) and self.propagate() and self.search():
                    return True
                self.undo(mark)
            bit <<= 1
        return False


def solve_puzzle(seed, blanks):
    s = Solver()
    filled = 0
    x = seed
    for _ in range(blanks):
        x = (x * 16807) % 2147483647
        s.vars[x % 81].blank = True
    for r in range(9):
        for c in range(9):
            v = s.vars[r * 9 + c]
            if not v.blank:
                digit = ((r * 3 + r // 3 + c + seed) % 9) + 1
                if not s.restrict(v, 1 << (digit - 1)):
                    raise AssertionError("bad puzzle")
                filled += 1
    if not s.propagate() or not s.search():
        raise AssertionError(f"no solution for seed {seed}")
    for unit in s.units:
        seen = 0
        for cell in unit.cells:
            seen |= cell.domain
        if seen != ALL:
            raise AssertionError(f"invalid solution for seed {seed}")
    check = 0
    for v in s.vars:
        check = (check * 10 + digit_of(v.domain)) % 1000000007
    return (check + s.nodes * 1000 + filled) % 1000000007


def run(reps):
    """One repetition solves 8 puzzles with 110 blanking draws each."""
    total = 0
    for _ in range(reps):
        v = 0
        for p in range(8):
            v = (v * 31 + solve_puzzle(p + 1, 110)) % 1000000007
        if v != 797658141:
            raise AssertionError(f"constraints checksum = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("constraints:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
