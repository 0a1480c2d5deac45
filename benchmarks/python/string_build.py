"""String building: += concatenation one character at a time, a hash over
the character codes, and str.join of numbered pieces.
The same algorithm in JS: benchmarks/js/string_build.js (String.fromCharCode,
charCodeAt, Array.prototype.join; here chr, ord and str.join)."""

import sys

REPS = 35  # repetitions at scale 1 (benchmarks/compare.py multiplies)


def build_strings(n):
    s = ""
    for i in range(n):
        s += chr(97 + (i % 26))
    h = 0
    for k in range(len(s)):
        h = (h * 31 + ord(s[k])) % 1000003
    parts = []
    for m in range(n // 4):
        parts.append("item" + str(m))
    joined = ",".join(parts)
    return h + len(joined) + len(s)


def run(reps):
    """One repetition is build_strings(5000)."""
    total = 0
    for _ in range(reps):
        v = build_strings(5000)
        if v != 622836:
            raise AssertionError(f"build_strings(5000) = {v}")
        total += v
    return total


if __name__ == "__main__":
    print("string_build:", run(int(sys.argv[1]) if len(sys.argv) > 1 else REPS))
