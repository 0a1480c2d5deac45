"""Python renderings of the fdlibm algorithms V8 uses for Math
(src/base/ieee754.cc, from FreeBSD's msun).  Every step is one IEEE
double operation on Python floats (which are doubles), and the word
manipulations go through struct, so the results are bit-identical to
V8's.  Each function expects a finite, nonzero argument unless its
docstring says otherwise (math_kernels does the special cases)."""

import struct

__all__ = ["cbrt", "exp", "log", "sin", "cos", "tan", "rem_pio2"]

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


# -- exp (e_exp.c) ------------------------------------------------------------------

_O_THRESHOLD = 7.09782712893383973096e+02
_U_THRESHOLD = -7.45133219101941108420e+02
_LN2_HI = (6.93147180369123816490e-01, -6.93147180369123816490e-01)
_LN2_LO = (1.90821492927058770002e-10, -1.90821492927058770002e-10)
_HALF = (0.5, -0.5)
_INVLN2 = 1.44269504088896338700e+00
_E1 = 1.66666666666666019037e-01
_E2 = -2.77777777770155933842e-03
_E3 = 6.61375632143793436117e-05
_E4 = -1.65339022054652515390e-06
_E5 = 4.13813679705723846039e-08
_TWOM1000 = 9.33263618503218878990e-302
_E = 2.718281828459045


def exp(x):
    """e**x for finite x (V8's ieee754::exp, with its exp(1) == Math.E)."""
    hx = _hi(x)
    xsb = (hx >> 31) & 1
    hx &= 0x7FFFFFFF
    if hx >= 0x40862E42:
        if x > _O_THRESHOLD:
            return float("inf")
        if x < _U_THRESHOLD:
            return 0.0
    k = 0
    hi = lo = 0.0
    if hx > 0x3FD62E42:                       # |x| > 0.5 ln2
        if hx < 0x3FF0A2B2:                   # and |x| < 1.5 ln2
            if x == 1.0:
                return _E
            hi = x - _LN2_HI[xsb]
            lo = _LN2_LO[xsb]
            k = 1 - xsb - xsb
        else:
            k = int(_INVLN2 * x + _HALF[xsb])
            t = float(k)
            hi = x - t * _LN2_HI[0]
            lo = t * _LN2_LO[0]
        x = hi - lo
    elif hx < 0x3E300000:                     # |x| < 2**-28
        return 1.0 + x
    t = x * x
    if k >= -1021:
        twopk = _words(0x3FF00000 + (k << 20), 0)
    else:
        twopk = _words(0x3FF00000 + ((k + 1000) << 20), 0)
    c = x - t * (_E1 + t * (_E2 + t * (_E3 + t * (_E4 + t * _E5))))
    if k == 0:
        return 1.0 - ((x * c) / (c - 2.0) - x)
    y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi)
    if k >= -1021:
        if k == 1024:
            return y * 2.0 * 8.98846567431158e307      # 0x1p1023
        return y * twopk
    return y * twopk * _TWOM1000


# -- log (e_log.c) ------------------------------------------------------------------

_LN2_HI0 = 6.93147180369123816490e-01
_LN2_LO0 = 1.90821492927058770002e-10
_TWO54 = 1.80143985094819840000e+16
_LG1 = 6.666666666666735130e-01
_LG2 = 3.999999999940941908e-01
_LG3 = 2.857142874366239149e-01
_LG4 = 2.222219843214978396e-01
_LG5 = 1.818357216161805012e-01
_LG6 = 1.531383769920937332e-01
_LG7 = 1.479819860511658591e-01


def log(x):
    """Natural logarithm of a finite x > 0."""
    hx = _hi(x)
    k = 0
    if hx < 0x00100000:                        # subnormal
        k -= 54
        x *= _TWO54
        hx = _hi(x)
    k += (hx >> 20) - 1023
    hx &= 0x000FFFFF
    i = (hx + 0x95F64) & 0x100000
    x = _with_hi(x, hx | (i ^ 0x3FF00000))     # normalize x or x/2
    k += i >> 20
    f = x - 1.0
    if (0x000FFFFF & (2 + hx)) < 3:            # -2**-20 <= f < 2**-20
        if f == 0:
            if k == 0:
                return 0.0
            dk = float(k)
            return dk * _LN2_HI0 + dk * _LN2_LO0
        r = f * f * (0.5 - 0.33333333333333333 * f)
        if k == 0:
            return f - r
        dk = float(k)
        return dk * _LN2_HI0 - ((r - dk * _LN2_LO0) - f)
    s = f / (2.0 + f)
    dk = float(k)
    z = s * s
    i = hx - 0x6147A
    w = z * z
    j = 0x6B851 - hx
    t1 = w * (_LG2 + w * (_LG4 + w * _LG6))
    t2 = z * (_LG1 + w * (_LG3 + w * (_LG5 + w * _LG7)))
    i |= j
    r = t2 + t1
    if i > 0:
        hfsq = 0.5 * f * f
        if k == 0:
            return f - (hfsq - s * (hfsq + r))
        return dk * _LN2_HI0 - ((hfsq - (s * (hfsq + r) + dk * _LN2_LO0)) - f)
    if k == 0:
        return f - s * (f - r)
    return dk * _LN2_HI0 - ((s * (f - r) - dk * _LN2_LO0) - f)


# -- argument reduction for sin/cos/tan (e_rem_pio2.c) ---------------------------------

_INVPIO2 = 6.36619772367581382433e-01
_PIO2_1 = 1.57079632673412561417e+00
_PIO2_1T = 6.07710050650619224932e-11
_PIO2_2 = 6.07710050630396597660e-11
_PIO2_2T = 2.02226624879595063154e-21
_PIO2_3 = 2.02226624871116645580e-21
_PIO2_3T = 8.47842766036889956997e-32


def _pi_scaled(bits):
    """floor(pi * 2**bits), by Machin's formula in integers."""
    guard = bits + 20
    one = 1 << guard

    def arctan_inv(n):
        total = term = one // n
        k = 1
        n2 = n * n
        sign = -1
        while term:
            term //= n2
            total += sign * (term // (2 * k + 1))
            sign = -sign
            k += 1
        return total
    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return pi >> 20


_PI_BITS = 1300
_PI = _pi_scaled(_PI_BITS)      # pi ~ _PI / 2**_PI_BITS
# high words of n * pi/2 for n = 1..32 (npio2_hw)
_NPIO2_HW = [_hi((n * _PI >> (_PI_BITS - 60)) / 2.0 ** 61) & 0x7FFFFFFF for n in range(1, 33)]


def _reduce_large(x):
    """(n, y0, y1) for |x| >= 2**19 * pi/2: x - n*pi/2 = y0 + y1, from an
    exact reduction with 1300 bits of pi (fdlibm's __kernel_rem_pio2
    computes the same rounded pair)."""
    num, den = x.as_integer_ratio()             # den is a power of two
    # r = x - n*pi/2 in units of 2**-(_PI_BITS + 1) / den
    scaled = num << (_PI_BITS + 1)              # x * 2**(bits+1) * den
    half_pi = _PI * den                         # (pi/2) * 2**(bits+1) * den
    n, rem = divmod(scaled, half_pi)
    if 2 * rem > half_pi:
        n += 1
        rem -= half_pi
    unit = den << (_PI_BITS + 1)
    y0 = rem / unit
    num0, den0 = y0.as_integer_ratio()
    rest = rem * den0 - num0 * unit
    y1 = rest / (unit * den0)
    return n, y0, y1


def rem_pio2(x):
    """(n, y0, y1): x - n*pi/2 = y0 + y1 with |y0 + y1| <= pi/4 (n mod 4
    is all callers use)."""
    hx = _hi(x)
    ix = hx & 0x7FFFFFFF
    if ix <= 0x3FE921FB:
        return 0, x, 0.0
    if ix < 0x4002D97C:                          # |x| < 3pi/4
        if hx > 0:
            z = x - _PIO2_1
            if ix != 0x3FF921FB:
                y0 = z - _PIO2_1T
                return 1, y0, (z - y0) - _PIO2_1T
            z -= _PIO2_2
            y0 = z - _PIO2_2T
            return 1, y0, (z - y0) - _PIO2_2T
        z = x + _PIO2_1
        if ix != 0x3FF921FB:
            y0 = z + _PIO2_1T
            return -1, y0, (z - y0) + _PIO2_1T
        z += _PIO2_2
        y0 = z + _PIO2_2T
        return -1, y0, (z - y0) + _PIO2_2T
    if ix <= 0x413921FB:                         # medium size
        t = abs(x)
        n = int(t * _INVPIO2 + 0.5)
        fn = float(n)
        r = t - fn * _PIO2_1
        w = fn * _PIO2_1T
        if n < 32 and ix != _NPIO2_HW[n - 1]:
            y0 = r - w
        else:
            j = ix >> 20
            y0 = r - w
            i = j - ((_hi(y0) >> 20) & 0x7FF)
            if i > 16:
                t = r
                w = fn * _PIO2_2
                r = t - w
                w = fn * _PIO2_2T - ((t - r) - w)
                y0 = r - w
                i = j - ((_hi(y0) >> 20) & 0x7FF)
                if i > 49:
                    t = r
                    w = fn * _PIO2_3
                    r = t - w
                    w = fn * _PIO2_3T - ((t - r) - w)
                    y0 = r - w
        y1 = (r - y0) - w
        if hx < 0:
            return -n, -y0, -y1
        return n, y0, y1
    if x < 0:
        n, y0, y1 = _reduce_large(-x)
        return -n, -y0, -y1
    return _reduce_large(x)


# -- kernels (k_sin.c, k_cos.c, k_tan.c) -----------------------------------------------

_S1 = -1.66666666666666324348e-01
_S2 = 8.33333333332248946124e-03
_S3 = -1.98412698298579493134e-04
_S4 = 2.75573137070700676789e-06
_S5 = -2.50507602534068634195e-08
_S6 = 1.58969099521155010221e-10


def _kernel_sin(x, y, iy):
    ix = _hi(x) & 0x7FFFFFFF
    if ix < 0x3E400000 and int(x) == 0:
        return x
    z = x * x
    v = z * x
    r = _S2 + z * (_S3 + z * (_S4 + z * (_S5 + z * _S6)))
    if iy == 0:
        return x + v * (_S1 + z * r)
    return x - ((z * (0.5 * y - v * r) - y) - v * _S1)


_C1 = 4.16666666666666019037e-02
_C2 = -1.38888888888741095749e-03
_C3 = 2.48015872894767294178e-05
_C4 = -2.75573143513906633035e-07
_C5 = 2.08757232129817482790e-09
_C6 = -1.13596475577881948265e-11


def _kernel_cos(x, y):
    ix = _hi(x) & 0x7FFFFFFF
    if ix < 0x3E400000 and int(x) == 0:
        return 1.0
    z = x * x
    r = z * (_C1 + z * (_C2 + z * (_C3 + z * (_C4 + z * (_C5 + z * _C6)))))
    if ix < 0x3FD33333:
        return 1.0 - (0.5 * z - (z * r - x * y))
    if ix > 0x3FE90000:
        qx = 0.28125
    else:
        qx = _words(ix - 0x00200000, 0)
    hz = 0.5 * z - qx
    a = 1.0 - qx
    return a - (hz - (z * r - x * y))


_T = (3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02,
      2.18694882948595424599e-02, 8.86323982359930005737e-03, 3.59207910759131235356e-03,
      1.45620945432529025516e-03, 5.88041240820264096874e-04, 2.46463134818469906812e-04,
      7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
      2.59073051863633712884e-05)
_PIO4 = 7.85398163397448278999e-01
_PIO4LO = 3.06161699786838301793e-17


def _kernel_tan(x, y, iy):
    hx = _hi(x)
    ix = hx & 0x7FFFFFFF
    if ix < 0x3E300000 and int(x) == 0:          # |x| < 2**-28
        if ((ix | _lo(x)) | (iy + 1)) == 0:
            return 1.0 / abs(x)
        if iy == 1:
            return x
        w = x + y
        z = _with_lo(w, 0)
        v = y - (z - x)
        a = -1.0 / w
        t = _with_lo(a, 0)
        s = 1.0 + t * z
        return t + a * (s + t * v)
    big = ix >= 0x3FE59428                        # |x| >= 0.6744
    if big:
        if hx < 0:
            x = -x
            y = -y
        z = _PIO4 - x
        w = _PIO4LO - y
        x = z + w
        y = 0.0
    z = x * x
    w = z * z
    T = _T
    r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))))
    v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))))
    s = z * x
    r = y + z * (s * (r + v) + y)
    r += T[0] * s
    w = x + r
    if big:
        v = float(iy)
        return float(1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)))
    if iy == 1:
        return w
    z = _with_lo(w, 0)
    v = r - (z - x)
    a = -1.0 / w
    t = _with_lo(a, 0)
    s = 1.0 + t * z
    return t + a * (s + t * v)


def sin(x):
    """sin of a finite x (s_sin.c)."""
    n, y0, y1 = rem_pio2(x)
    if n == 0 and y1 == 0.0 and y0 is x:
        return _kernel_sin(x, 0.0, 0)
    n &= 3
    if n == 0:
        return _kernel_sin(y0, y1, 1)
    if n == 1:
        return _kernel_cos(y0, y1)
    if n == 2:
        return -_kernel_sin(y0, y1, 1)
    return -_kernel_cos(y0, y1)


def cos(x):
    """cos of a finite x (s_cos.c)."""
    n, y0, y1 = rem_pio2(x)
    n &= 3
    if n == 0:
        return _kernel_cos(y0, y1)
    if n == 1:
        return -_kernel_sin(y0, y1, 1)
    if n == 2:
        return -_kernel_cos(y0, y1)
    return _kernel_sin(y0, y1, 1)


def tan(x):
    """tan of a finite x (s_tan.c)."""
    n, y0, y1 = rem_pio2(x)
    return _kernel_tan(y0, y1, 1 - ((n & 1) << 1))
