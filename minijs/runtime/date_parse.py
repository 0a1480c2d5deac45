"""Date.parse (ECMA-262 21.4.3.2): the Date Time String Format of 21.4.1.32
first, then the implementation-specific fallback node accepts -- V8's
legacy date parser (src/date/dateparser*), re-implemented here from its
documented rules:

ISO form (21.4.1.32): ``[+-YYYYYY | YYYY][-MM[-DD]][THH:mm[:ss[.s+]][Z |
(+|-)HH:mm | (+|-)HHmm]]``; date-only forms are UTC, date-time forms
without an offset are local time (21.4.3.2 note), ``-000000`` is invalid,
24:00[:00[.000]] is the end of the day, and any number of fraction digits
is accepted (the first three count).  If the string only *starts* like an
ISO date the rest goes on through the legacy rules ("2021-03-07 10:00").

Legacy rules (tokens: numbers, words, signs, ':' '.' ')' , whitespace,
parenthesized comments, anything else ignored):

* ``n:`` / ``n::`` / ``n.m`` start or continue a time h:m:s.ms; a number
  after a time part ends it (must then be followed by the end, whitespace,
  Z or a sign);
* a sign after a time or after UTC/GMT/UT/Z starts an offset ``+hh``,
  ``+hhmm`` or ``+hh:mm``;
* words: month names (by their first three letters, any length), am/pm,
  UT UTC GMT Z EST EDT CST CDT MST MDT PST PDT (only after a number), T;
  any other word is ignored before the first number and an error after;
* other numbers are day fields: with a month name "D Y" or "Y D" (a value
  that cannot be a day is the year); without, "M D [Y]" or "Y M D" when
  the first cannot be a day; missing fields are 1, a missing year is 2001
  (year 1); years 0-49 mean 2000-2049, 50-99 mean 1950-1999.

Without an offset the result is local time in the host zone (a
date_tz.TimeZone, TZ read at call time).
"""

import math

from minijs.runtime.date_core import (
    MAX_TIME, NAN, make_date, make_day, make_time, time_clip)
from minijs.runtime.date_tz import TimeZone
from minijs.runtime.strtod import WHITESPACE_CHARS

HOST_TIME_ZONE = TimeZone()

_NONE = 2 ** 31 - 1                 # V8's kNone (kMaxInt)
_MAX_SIGNIFICANT_DIGITS = 9
_MAX_TIME_BEFORE_UTC = MAX_TIME + 864000000   # V8 kMaxTimeBeforeUTCInMs
_SMI_MAX = 2 ** 30 - 1

# token kinds
_END, _NUMBER, _SYMBOL, _WORD, _SPACE, _UNKNOWN, _INVALID = range(7)
# word (keyword) kinds
_K_INVALID, _K_MONTH, _K_ZONE, _K_T, _K_AMPM = range(5)

_KEYWORDS = {}
for _i, _m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul",
                         "aug", "sep", "oct", "nov", "dec")):
    _KEYWORDS[_m] = (_K_MONTH, _i + 1)
_KEYWORDS.update({
    "am": (_K_AMPM, 0), "pm": (_K_AMPM, 12),
    "ut": (_K_ZONE, 0), "utc": (_K_ZONE, 0), "z": (_K_ZONE, 0),
    "gmt": (_K_ZONE, 0), "cdt": (_K_ZONE, -5), "cst": (_K_ZONE, -6),
    "edt": (_K_ZONE, -4), "est": (_K_ZONE, -5), "mdt": (_K_ZONE, -6),
    "mst": (_K_ZONE, -7), "pdt": (_K_ZONE, -7), "pst": (_K_ZONE, -8),
    "t": (_K_T, 0),
})

_WHITESPACE = frozenset(WHITESPACE_CHARS)
_LINE_TERMINATORS = frozenset("\n\r\u2028\u2029")


class _Token:
    __slots__ = ("kind", "value", "length", "kw")

    def __init__(self, kind, value=0, length=0, kw=_K_INVALID):
        self.kind = kind
        self.value = value          # number value / symbol char / kw value
        self.length = length
        self.kw = kw

    def is_number(self, length=None):
        return self.kind == _NUMBER and (length is None
                                         or self.length == length)

    def is_symbol(self, ch):
        return self.kind == _SYMBOL and self.value == ch

    def is_sign(self):
        return self.kind == _SYMBOL and self.value in "+-"

    def sign(self):
        return 1 if self.value == "+" else -1

    def is_kw(self, kw):
        return self.kind == _WORD and self.kw == kw

    def is_z(self):
        return (self.kind == _WORD and self.kw == _K_ZONE
                and self.length == 1 and self.value == 0)


class _Scanner:
    """V8's DateStringTokenizer: one token of lookahead."""

    def __init__(self, s):
        nul = s.find("\0")           # V8's reader stops at a NUL
        self.s = s if nul < 0 else s[:nul]
        self.i = 0
        self.next_tok = self._scan()

    def _scan(self):
        s, i, n = self.s, self.i, len(self.s)
        if i >= n:
            return _Token(_END)
        c = s[i]
        if "0" <= c <= "9":
            j = i
            while j < n and s[j] == "0":
                j += 1
            value = digits = 0
            while j < n and "0" <= s[j] <= "9":
                if digits < _MAX_SIGNIFICANT_DIGITS:
                    value = value * 10 + ord(s[j]) - 48
                digits += 1
                j += 1
            self.i = j
            return _Token(_NUMBER, value, j - i)
        if c in ":-+.)":
            self.i = i + 1
            return _Token(_SYMBOL, c, 1)
        if c >= "A" and c not in _WHITESPACE or c in "\u2028\u2029":
            j = i
            while j < n and s[j] >= "A" and (s[j] not in _WHITESPACE
                                             or s[j] in "\u2028\u2029"):
                j += 1
            self.i = j
            prefix = "".join(chr(ord(ch) | 0x20) for ch in s[i:min(j, i + 3)])
            length = j - i
            kw, value = _KEYWORDS.get(prefix, (_K_INVALID, 0))
            if length > 3 and kw != _K_MONTH:   # only month names extend
                kw, value = _K_INVALID, 0
            return _Token(_WORD, value, length, kw)
        if c in _WHITESPACE:
            self.i = i + 1
            return _Token(_SPACE, 0, 1)
        if c == "(":
            depth = 0
            j = i
            while True:
                ch = s[j]
                if ch == ")":
                    depth -= 1
                elif ch == "(":
                    depth += 1
                j += 1
                if depth <= 0 or j >= n:
                    break
            self.i = j
            return _Token(_UNKNOWN)
        self.i = i + 1
        return _Token(_UNKNOWN)

    def next(self):
        tok = self.next_tok
        self.next_tok = self._scan()
        return tok

    def peek(self):
        return self.next_tok

    def skip_symbol(self, ch):
        if self.next_tok.is_symbol(ch):
            self.next()
            return True
        return False


def _read_milliseconds(tok):
    """The first three significant digits of a fraction numeral."""
    value, length = tok.value, tok.length
    if length == 1:
        return value * 100
    if length == 2:
        return value * 10
    if length > 3:
        length = min(length, _MAX_SIGNIFICANT_DIGITS)
        return value // 10 ** (length - 3)
    return value


class _Day:
    def __init__(self):
        self.comp = []
        self.named_month = _NONE
        self.iso = False

    def add(self, n):
        if len(self.comp) < 3:
            self.comp.append(n)
            return True
        return False

    def write(self):
        if not self.comp:
            return None
        comp = self.comp + [1] * (3 - len(self.comp))
        year = 0
        if self.named_month == _NONE:
            if self.iso or not 1 <= comp[0] <= 31:
                year, month, day = comp
            else:
                month, day, year = comp
        else:
            month = self.named_month
            if not 1 <= comp[0] <= 31:
                year, day = comp[0], comp[1]
            else:
                day, year = comp[0], comp[1]
        if not self.iso:
            if 0 <= year <= 49:
                year += 2000
            elif 50 <= year <= 99:
                year += 1900
        if abs(year) > _SMI_MAX or not 1 <= month <= 12 \
                or not 1 <= day <= 31:
            return None
        return year, month - 1, day


class _Time:
    def __init__(self):
        self.comp = []
        self.hour_offset = _NONE

    def empty(self):
        return not self.comp

    def expecting(self, n):
        k = len(self.comp)
        return ((k == 1 and 0 <= n <= 59) or (k == 2 and 0 <= n <= 59)
                or (k == 3 and 0 <= n <= 999))

    def add(self, n):
        if len(self.comp) < 4:
            self.comp.append(n)
            return True
        return False

    def add_final(self, n):
        if not self.add(n):
            return False
        self.comp += [0] * (4 - len(self.comp))
        return True

    def write(self):
        h, m, s, ms = self.comp + [0] * (4 - len(self.comp))
        if self.hour_offset != _NONE:
            if not 0 <= h <= 12:
                return None
            h = h % 12 + self.hour_offset
        if not (0 <= h <= 23 and 0 <= m <= 59 and 0 <= s <= 59
                and 0 <= ms <= 999):
            if h != 24 or m or s or ms:
                return None
        return h, m, s, ms


class _Zone:
    def __init__(self):
        self.sign = _NONE
        self.hour = _NONE
        self.minute = _NONE

    def set(self, hours):
        self.sign = -1 if hours < 0 else 1
        self.hour = abs(hours)
        self.minute = 0

    def expecting(self, n):
        return self.hour != _NONE and self.minute == _NONE and 0 <= n <= 59

    def is_utc(self):
        return self.hour == 0 and self.minute == 0

    def empty(self):
        return self.hour == _NONE

    def write(self):
        """The offset in seconds, NaN for none, None when invalid."""
        if self.sign == _NONE:
            return NAN
        h = 0 if self.hour == _NONE else self.hour
        m = 0 if self.minute == _NONE else self.minute
        total = h * 3600 + m * 60
        if total > _SMI_MAX:
            return None
        return -total if self.sign < 0 else total


def _parse_iso(sc, day, time, tz):
    """V8 ParseES5DateTime: the 21.4.1.32 format.  Returns the next token
    for the legacy parser, _END when done, or an _INVALID token."""
    invalid = _Token(_INVALID)
    if sc.peek().is_sign():
        sign_tok = sc.next()
        if not sc.peek().is_number(6):
            return sign_tok
        year = sc.next().value
        if sign_tok.sign() < 0 and year == 0:
            return sign_tok
        day.add(sign_tok.sign() * year)
    elif sc.peek().is_number(4):
        day.add(sc.next().value)
    else:
        return sc.next()
    if sc.skip_symbol("-"):
        p = sc.peek()
        if not p.is_number(2) or not 1 <= p.value <= 12:
            return sc.next()
        day.add(sc.next().value)
        if sc.skip_symbol("-"):
            p = sc.peek()
            if not p.is_number(2) or not 1 <= p.value <= 31:
                return sc.next()
            day.add(sc.next().value)
    if not sc.peek().is_kw(_K_T):
        if sc.peek().kind != _END:
            return sc.next()
    else:
        sc.next()
        p = sc.peek()
        if not p.is_number(2) or not 0 <= p.value <= 24:
            return invalid
        hour24 = p.value == 24
        time.add(sc.next().value)
        if not sc.skip_symbol(":"):
            return invalid
        p = sc.peek()
        if not p.is_number(2) or not 0 <= p.value <= 59 or (
                hour24 and p.value > 0):
            return invalid
        time.add(sc.next().value)
        if sc.skip_symbol(":"):
            p = sc.peek()
            if not p.is_number(2) or not 0 <= p.value <= 59 or (
                    hour24 and p.value > 0):
                return invalid
            time.add(sc.next().value)
            if sc.skip_symbol("."):
                p = sc.peek()
                if not p.is_number() or (hour24 and p.value > 0):
                    return invalid
                time.add(_read_milliseconds(sc.next()))
        p = sc.peek()
        if p.is_z():
            sc.next()
            tz.set(0)
        elif p.is_sign():
            tz.sign = sc.next().sign()
            p = sc.peek()
            if p.is_number(4):
                hh, mm = divmod(sc.next().value, 100)
                if not (0 <= hh <= 23 and 0 <= mm <= 59):
                    return invalid
                tz.hour, tz.minute = hh, mm
            else:
                if not p.is_number(2) or not 0 <= p.value <= 23:
                    return invalid
                tz.hour = sc.next().value
                if not sc.skip_symbol(":"):
                    return invalid
                p = sc.peek()
                if not p.is_number(2) or not 0 <= p.value <= 59:
                    return invalid
                tz.minute = sc.next().value
        if sc.peek().kind != _END:
            return invalid
    # 21.4.3.2: date-only forms are UTC, date-time forms local
    if tz.empty() and time.empty():
        tz.set(0)
    day.iso = True
    return _Token(_END)


def _parse_fields(s):
    """(year, month0, day, h, m, s, ms, offset seconds or NaN) or None."""
    sc = _Scanner(s)
    day, time, tz = _Day(), _Time(), _Zone()
    tok = _parse_iso(sc, day, time, tz)
    if tok.kind == _INVALID:
        return None
    has_number = bool(day.comp)
    while tok.kind != _END:
        if tok.kind == _NUMBER:
            has_number = True
            n = tok.value
            if sc.skip_symbol(":"):
                if sc.skip_symbol(":"):
                    if not time.empty():
                        return None
                    time.add(n)
                    time.add(0)
                else:
                    if not time.add(n):
                        return None
                    if sc.peek().is_symbol("."):
                        sc.next()
            elif sc.skip_symbol(".") and time.expecting(n):
                time.add(n)
                if not sc.peek().is_number():
                    return None
                time.add_final(_read_milliseconds(sc.next()))
            elif tz.expecting(n):
                tz.minute = n
            elif time.expecting(n):
                time.add_final(n)
                p = sc.peek()
                if not (p.kind in (_END, _SPACE) or p.is_z()
                        or p.is_sign()):
                    return None
            else:
                if not day.add(n):
                    return None
                sc.skip_symbol("-")
        elif tok.kind == _WORD:
            if tok.kw == _K_AMPM and not time.empty():
                time.hour_offset = tok.value
            elif tok.kw == _K_MONTH:
                day.named_month = tok.value
                sc.skip_symbol("-")
            elif tok.kw == _K_ZONE and has_number:
                tz.set(tok.value)
            else:
                if has_number:
                    return None
                if sc.peek().is_number():
                    return None
        elif tok.is_sign() and (tz.is_utc() or not time.empty()):
            tz.sign = tok.sign()
            n = length = 0
            if sc.peek().is_number():
                num = sc.next()
                n, length = num.value, num.length
            has_number = True
            if sc.peek().is_symbol(":"):
                tz.hour = n
                tz.minute = _NONE
            elif length in (1, 2):
                tz.hour, tz.minute = n, 0
            elif length in (3, 4):
                tz.hour, tz.minute = n // 100, n % 100
            else:
                return None
        elif (tok.is_sign() or tok.is_symbol(")")) and has_number:
            return None
        tok = sc.next()
    d = day.write()
    if d is None:
        return None
    t = time.write()
    if t is None:
        return None
    z = tz.write()
    if z is None:
        return None
    return d + t + (z,)


def parse_date(s, tz=None):
    """Date.parse(s) (21.4.3.2) for a string s (UTF-16 code units): the
    time value, NaN when s is not a date node recognizes."""
    fields = _parse_fields(s)
    if fields is None:
        return NAN
    year, month, date, h, m, sec, ms, offset = fields
    tv = make_date(make_day(float(year), float(month), float(date)),
                   make_time(float(h), float(m), float(sec), float(ms)))
    if math.isnan(tv):
        return NAN
    if math.isnan(offset):
        if abs(tv) > _MAX_TIME_BEFORE_UTC:
            return NAN
        tv = (tz or HOST_TIME_ZONE).utc(int(tv))
    else:
        tv -= offset * 1000.0
        if abs(tv) > MAX_TIME:
            return NAN
    return time_clip(float(tv))

