"""Number arithmetic whose JavaScript meaning differs from Python's operators.

* `js_remainder` -- the `%` operator (Number::remainder, ECMA-262 6.1.6.1.6).
* `js_pow` -- `**` and Math.pow (Number::exponentiate, ECMA-262 6.1.6.1.3).

Python's `%` takes the sign of the divisor and `math.pow` raises where JS
answers NaN or Infinity, and `math.pow` calls the C library's pow, whose
last bit is often not what V8 prints.  V8 computes pow with the classic
fdlibm `__ieee754_pow` algorithm (log2 of |x| in two pieces, times y in two
pieces, then 2**n * exp of the rest, all in double arithmetic with split
high/low words), with one deviation of its own in the final exp step (see
below).  `_ieee754_pow` is a Python rendering of that algorithm: every step
is one IEEE double operation, so the result is bit-identical to V8's
(checked on hundreds of thousands of random pairs against node).
"""

import math
import struct

_NAN = math.nan
_INF = math.inf


def js_remainder(n, d):
    """Number::remainder(n, d) (ECMA-262 6.1.6.1.6), i.e. JS `n % d`.

    The result has the sign of the dividend `n` (so `-1 % 1` is -0); a NaN
    operand, an infinite dividend or a zero divisor give NaN; an infinite
    divisor gives `n` itself.  Otherwise the exact value n - d*q with q the
    integer quotient truncated towards zero, which `math.fmod` computes
    exactly."""
    n = float(n)
    d = float(d)
    if n != n or d != d or n in (_INF, -_INF) or d == 0.0:
        return _NAN
    if d in (_INF, -_INF) or n == 0.0:
        return n
    return math.fmod(n, d)


def _is_odd_integral(y):
    return y.is_integer() and abs(y) < 2.0 ** 53 and int(y) & 1 == 1


def js_pow(base, exponent):
    """Number::exponentiate(base, exponent) (ECMA-262 6.1.6.1.3), i.e. JS
    `base ** exponent` and Math.pow.

    The spec's special cases first (NaN ** 0 is 1, 1 ** NaN and
    (+-1) ** (+-Infinity) are NaN, a negative finite base to a non-integral
    power is NaN, signed zeros and infinities); the remaining finite cases
    are "implementation-approximated", computed here exactly as V8 does."""
    x = float(base)
    y = float(exponent)
    if y != y:
        return _NAN
    if y == 0.0:
        return 1.0
    if x != x:
        return _NAN
    if x == _INF:
        return _INF if y > 0 else 0.0
    if x == -_INF:
        odd = _is_odd_integral(y)
        if y > 0:
            return -_INF if odd else _INF
        return -0.0 if odd else 0.0
    if x == 0.0:
        if math.copysign(1.0, x) > 0:
            return 0.0 if y > 0 else _INF
        odd = _is_odd_integral(y)
        if y > 0:
            return -0.0 if odd else 0.0
        return -_INF if odd else _INF
    if y in (_INF, -_INF):
        ax = abs(x)
        if ax == 1.0:
            return _NAN
        if (ax > 1.0) == (y > 0):
            return _INF
        return 0.0
    if x < 0 and not y.is_integer():
        return _NAN
    return _ieee754_pow(x, y)


# -- fdlibm-style pow ---------------------------------------------------------

_pack = struct.Struct("<d").pack
_unpack = struct.Struct("<d").unpack
_pack_q = struct.Struct("<Q").pack
_unpack_q = struct.Struct("<Q").unpack


def _bits(x):
    return _unpack_q(_pack(x))[0]


def _from_bits(b):
    return _unpack(_pack_q(b & 0xFFFFFFFFFFFFFFFF))[0]


def _hi(x):
    """High 32-bit word of a double, as a signed C int."""
    h = _bits(x) >> 32
    return h - 0x100000000 if h & 0x80000000 else h


def _lo(x):
    return _bits(x) & 0xFFFFFFFF


def _clear_lo(x):
    return _from_bits(_bits(x) & 0xFFFFFFFF00000000)


def _with_hi(x, hi):
    return _from_bits(((hi & 0xFFFFFFFF) << 32) | (_bits(x) & 0xFFFFFFFF))


def _h(hi, lo):
    return _from_bits((hi << 32) | lo)


_BP = (1.0, 1.5)
_DP_H = (0.0, _h(0x3FE2B803, 0x40000000))
_DP_L = (0.0, _h(0x3E4CFDEB, 0x43CFD006))
_TWO53 = _h(0x43400000, 0)
_HUGE = 1.0e300
_TINY = 1.0e-300
# polynomial for (3/2)*(log(x)-2s-2/3*s**3)
_L1 = _h(0x3FE33333, 0x33333303)
_L2 = _h(0x3FDB6DB6, 0xDB6FABFF)
_L3 = _h(0x3FD55555, 0x518F264D)
_L4 = _h(0x3FD17460, 0xA91D4101)
_L5 = _h(0x3FCD864A, 0x93C9DB65)
_L6 = _h(0x3FCA7E28, 0x4A454EEF)
# polynomial for exp
_P1 = _h(0x3FC55555, 0x5555553E)
_P2 = _h(0xBF66C16C, 0x16BEBD93)
_P3 = _h(0x3F11566A, 0xAF25DE2C)
_P4 = _h(0xBEBBBD41, 0xC5D26BF1)
_P5 = _h(0x3E663769, 0x72BEA4D0)
_LG2 = _h(0x3FE62E42, 0xFEFA39EF)
_LG2_H = _h(0x3FE62E43, 0x00000000)
_LG2_L = _h(0xBE205C61, 0x0CA86C39)
_OVT = 8.0085662595372944372e-17          # -(1024 - log2(ovfl + .5ulp))
_CP = _h(0x3FEEC709, 0xDC3A03FD)           # 2/(3 ln 2)
_CP_H = _h(0x3FEEC709, 0xE0000000)
_CP_L = _h(0xBE3E2FE0, 0x145B01F5)
_IVLN2 = _h(0x3FF71547, 0x652B82FE)        # 1/ln 2
_IVLN2_H = _h(0x3FF71547, 0x60000000)
_IVLN2_L = _h(0x3E54AE0B, 0xF85DDF44)


def _ieee754_pow(x, y):
    """x ** y for finite nonzero x and finite nonzero y (x < 0 only with an
    integral y), by the fdlibm algorithm: log2(|x|) as t1 + t2 in extra
    precision, times y split the same way, then 2 ** (that) as 2**n * exp."""
    hx = _hi(x)
    lx = _lo(x)
    hy = _hi(y)
    ly = _lo(y)
    ix = hx & 0x7FFFFFFF
    iy = hy & 0x7FFFFFFF

    # yisint: 0 not an integer, 1 odd integer, 2 even integer (x < 0 only)
    yisint = 0
    if hx < 0:
        if iy >= 0x43400000:
            yisint = 2
        elif iy >= 0x3FF00000:
            k = (iy >> 20) - 0x3FF
            if k > 20:
                j = ly >> (52 - k)
                if (j << (52 - k)) == ly:
                    yisint = 2 - (j & 1)
            elif ly == 0:
                j = iy >> (20 - k)
                if (j << (20 - k)) == iy:
                    yisint = 2 - (j & 1)

    if ly == 0:
        if iy == 0x3FF00000:                  # y is +-1
            return 1.0 / x if hy < 0 else x
        if hy == 0x40000000:                  # y is 2
            return x * x
        if hy == 0x3FE00000 and hx >= 0:      # y is 0.5, x >= +0
            return math.sqrt(x)

    ax = abs(x)
    if lx == 0 and ix == 0x3FF00000:          # x is +-1
        z = ax
        if hy < 0:
            z = 1.0 / z
        if hx < 0 and yisint == 1:
            z = -z
        return z

    s = -1.0 if (hx < 0 and yisint == 1) else 1.0

    if iy > 0x41E00000:                       # |y| > 2**31
        if iy > 0x43F00000:                   # |y| > 2**64: must over/underflow
            if ix <= 0x3FEFFFFF:
                return _HUGE * _HUGE if hy < 0 else _TINY * _TINY
            if ix >= 0x3FF00000:
                return _HUGE * _HUGE if hy > 0 else _TINY * _TINY
        if ix < 0x3FEFFFFF:
            return s * _HUGE * _HUGE if hy < 0 else s * _TINY * _TINY
        if ix > 0x3FF00000:
            return s * _HUGE * _HUGE if hy > 0 else s * _TINY * _TINY
        # |1 - x| <= 2**-20: log(x) by x - x^2/2 + x^3/3 - x^4/4
        t = ax - 1.0
        w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25))
        u = _IVLN2_H * t
        v = t * _IVLN2_L - w * _IVLN2
        t1 = _clear_lo(u + v)
        t2 = v - (t1 - u)
    else:
        n = 0
        if ix < 0x00100000:                   # subnormal x
            ax *= _TWO53
            n -= 53
            ix = _hi(ax)
        n += (ix >> 20) - 0x3FF
        j = ix & 0x000FFFFF
        ix = j | 0x3FF00000                   # normalise
        if j <= 0x3988E:                      # |x| < sqrt(3/2)
            k = 0
        elif j < 0xBB67A:                     # |x| < sqrt(3)
            k = 1
        else:
            k = 0
            n += 1
            ix -= 0x00100000
        ax = _with_hi(ax, ix)

        # ss = s_h + s_l = (x-1)/(x+1) or (x-1.5)/(x+1.5)
        u = ax - _BP[k]
        v = 1.0 / (ax + _BP[k])
        ss = u * v
        s_h = _clear_lo(ss)
        t_h = _h((((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18)) & 0xFFFFFFFF, 0)
        t_l = ax - (t_h - _BP[k])
        s_l = v * ((u - s_h * t_h) - s_h * t_l)
        # log(ax)
        s2 = ss * ss
        r = s2 * s2 * (_L1 + s2 * (_L2 + s2 * (_L3 + s2 * (_L4 + s2 * (_L5 + s2 * _L6)))))
        r += s_l * (s_h + ss)
        s2 = s_h * s_h
        t_h = _clear_lo(3.0 + s2 + r)
        t_l = r - ((t_h - 3.0) - s2)
        u = s_h * t_h
        v = s_l * t_h + t_l * ss
        p_h = _clear_lo(u + v)
        p_l = v - (p_h - u)
        z_h = _CP_H * p_h
        z_l = _CP_L * p_h + p_l * _CP + _DP_L[k]
        # log2(ax) = n + dp_h + z_h + z_l
        t = float(n)
        t1 = _clear_lo(((z_h + z_l) + _DP_H[k]) + t)
        t2 = z_l - (((t1 - t) - _DP_H[k]) - z_h)

    # (y1 + y2) * (t1 + t2)
    y1 = _clear_lo(y)
    p_l = (y - y1) * t1 + y * t2
    p_h = y1 * t1
    z = p_l + p_h
    j = _hi(z)
    i = _lo(z)
    if j >= 0x40900000:                                   # z >= 1024
        if ((j - 0x40900000) | i) != 0:
            return s * _HUGE * _HUGE
        if p_l + _OVT > z - p_h:
            return s * _HUGE * _HUGE
    elif (j & 0x7FFFFFFF) >= 0x4090CC00:                  # z <= -1075
        if ((j - (0xC090CC00 - 0x100000000)) | i) != 0:
            return s * _TINY * _TINY
        if p_l <= z - p_h:
            return s * _TINY * _TINY

    # 2 ** (p_h + p_l)
    i = j & 0x7FFFFFFF
    k = (i >> 20) - 0x3FF
    n = 0
    if i > 0x3FE00000:                                    # |z| > 0.5: n = [z + 0.5]
        n = j + (0x00100000 >> (k + 1))
        k = ((n & 0x7FFFFFFF) >> 20) - 0x3FF
        t = _h(n & ~(0x000FFFFF >> k) & 0xFFFFFFFF, 0)
        n = ((n & 0x000FFFFF) | 0x00100000) >> (20 - k)
        if j < 0:
            n = -n
        p_h -= t
    t = _clear_lo(p_l + p_h)
    u = t * _LG2_H
    v = (p_l - (t - p_h)) * _LG2 + t * _LG2_L
    z = u + v
    w = v - (z - u)
    t = z * z
    t1 = z - t * (_P1 + t * (_P2 + t * (_P3 + t * (_P4 + t * _P5))))
    # V8's variant: fdlibm has (z*t1)/(t1-2) - (w+z*w); V8 has always
    # divided by the whole difference, and its results are what JS prints.
    r = (z * t1) / ((t1 - 2.0) - (w + z * w))
    z = 1.0 - (r - z)
    j = _hi(z) + (n << 20)
    if (j >> 20) <= 0:
        z = math.ldexp(z, n)                              # subnormal result
    else:
        z = _with_hi(z, j)
    return s * z
