"""Python renderings of the fdlibm algorithms V8 uses for Math
(src/base/ieee754.cc, from FreeBSD's msun).  Every step is one IEEE
double operation on Python floats (which are doubles), and the word
manipulations go through struct, so the results are bit-identical to
V8's.  Each function expects a finite, nonzero argument unless its
docstring says otherwise (math_kernels does the special cases)."""

import struct

__all__ = ["cbrt"]

_pack_d = struct.Struct("<d").pack
_unpack_d = struct.Struct("<d").unpack
_pack_q = struct.Struct("<Q").pack
_unpack_q = struct.Struct("<Q").unpack


def _bits(x):
    return _unpack_q(_pack_d(x))[0]


def _from_bits(b):
    return _unpack_d(_pack_q(b & 0xFFFFFFFFFFFFFFFF))[0]


def _hi(x):
    """High word as a signed 32-bit int."""
    h = _bits(x) >> 32
    return h - 0x100000000 if h & 0x80000000 else h


def _lo(x):
    return _bits(x) & 0xFFFFFFFF


def _words(hi, lo):
    return _from_bits(((hi & 0xFFFFFFFF) << 32) | (lo & 0xFFFFFFFF))


def _with_hi(x, hi):
    return _words(hi, _lo(x))


def _with_lo(x, lo):
    return _words(_hi(x), lo)


# -- cbrt (s_cbrt.c) ---------------------------------------------------------------

_B1 = 715094163          # (1023 - 1023/3 - 0.03306235651) * 2**20
_B2 = 696219795          # (1023 - 1023/3 - 54/3 - 0.03306235651) * 2**20
_P0 = 1.87595182427177009643
_P1 = -1.88497979543377169875
_P2 = 1.621429720105354466140
_P3 = -0.758397934778766047437
_P4 = 0.145996192886612446982


def cbrt(x):
    """Cube root of a finite nonzero x (FreeBSD s_cbrt.c, as in V8)."""
    hx = _hi(x) & 0x7FFFFFFF
    sign = _hi(x) & 0x80000000
    if hx < 0x00100000:                  # subnormal
        t = x * 18014398509481984.0       # 2**54
        high = _hi(t) & 0x7FFFFFFF
        t = _words(sign | (high // 3 + _B2), 0)
    else:
        t = _words(sign | (hx // 3 + _B1), 0)
    # polynomial approximation of 1/cbrt(r), r = t**3 / x
    r = (t * t) * (t / x)
    t = t * ((_P0 + r * (_P1 + r * _P2)) + ((r * r) * r) * (_P3 + r * _P4))
    # round t away from zero to 23 bits
    t = _from_bits((_bits(t) + 0x80000000) & 0xFFFFFFFFC0000000)
    # one Newton step to 53 bits
    s = t * t
    r = x / s
    w = t + t
    r = (r - t) / (w + r)
    return t + t * r
