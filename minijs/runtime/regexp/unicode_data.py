"""Unicode data for the RegExp matcher: property sets and case mappings.

Sets are lists of disjoint, sorted, inclusive (lo, hi) code point ranges.

Sources
-------
* Properties (\\p{...}): the `regex` package's database, queried once per
  property by scanning a string of every code point (a few ms each, cached).
  That database is Unicode 18, one version ahead of node 20 (ICU 78,
  Unicode 17); the only differences in General_Category are 13007 code
  points newly assigned in 18 (listed in UNICODE_18_NEW, checked against
  node), which are given the properties of an unassigned code point, so
  the sets are Unicode 17's; the few properties 18 changed for older
  code points are patched back (_CHANGED_IN_18).  The result equals
  node's sets for every property the parser accepts (checked once,
  exhaustively; tests compare a sample).
* Changes_When_NFKC_Casefolded, which `regex` lacks, is derived:
  Default_Ignorable_Code_Point | NFKC_Quick_Check=No | Changes_When_Casefolded
  (a code point changes under NFKC_Casefold iff NFKC or case folding changes
  it, or it is default-ignorable; equal to node's set).
* Simple case folding (Canonicalize with the u flag): `regex`'s fold_case
  without the FULLCASE flag, which applies CaseFolding.txt's C and S
  entries (not F nor T) -- except for U+0049, which it leaves unfolded
  (fixed here) -- over the cased / case-changing code points.  Python's
  str.casefold is full folding and its database is Unicode 14, so it is
  not used.  The resulting equivalences equal node's (tested).
* toUppercase (Canonicalize without u): Python's str.upper (Unicode 14,
  full mappings incl. SpecialCasing) plus the simple uppercase mappings
  added by Unicode 15-17 to BMP code units (_UPPER_SINCE_14); the whole
  table equals node's over all 65536 code units (tested).
"""

import array
import bisect

MAX_CP = 0x10FFFF
MAX_UNIT = 0xFFFF

# Code points unassigned in Unicode 17 but assigned in the regex package's
# Unicode 18 database (found by comparing General_Category with node 20).
UNICODE_18_NEW = (
    (0x558, 0x558), (0x58B, 0x58C), (0x5C8, 0x5C9), (0xB53, 0xB54),
    (0x1ADE, 0x1ADF), (0x1AEC, 0x1AF0), (0x208F, 0x208F), (0x209D, 0x209F),
    (0x20C2, 0x20C4), (0x2E60, 0x2E63), (0xA7DD, 0xA7DD), (0xA7E2, 0xA7E2),
    (0xAB6C, 0xAB6D), (0x107BB, 0x107BF), (0x10EC9, 0x10ECF),
    (0x10ED9, 0x10EEE), (0x10EF0, 0x10EF9), (0x11B0A, 0x11B0A),
    (0x11DF0, 0x11DF1), (0x1246F, 0x1246F), (0x12475, 0x1247F),
    (0x12550, 0x12686), (0x18CD6, 0x18CDA), (0x18D1F, 0x18D20),
    (0x18E00, 0x19191), (0x191A0, 0x191D2), (0x1B123, 0x1B128),
    (0x1B168, 0x1B168), (0x1CED2, 0x1CED4), (0x1CEDD, 0x1CEDF),
    (0x1CEF1, 0x1CEFD), (0x1D127, 0x1D128), (0x1D1EB, 0x1D1FF),
    (0x1D250, 0x1D281), (0x1D6A6, 0x1D6A6), (0x1DB00, 0x1DB1C),
    (0x1DF1F, 0x1DF24), (0x1DF2B, 0x1DF81), (0x1DF90, 0x1DF96),
    (0x1DFCD, 0x1DFFF), (0x1F1AE, 0x1F1AE), (0x1F6D9, 0x1F6D9),
    (0x1F7DA, 0x1F7DB), (0x1F7F1, 0x1F7FF), (0x1FA8B, 0x1FA8D),
    (0x1FACC, 0x1FACC), (0x1FADD, 0x1FADD), (0x1FAEB, 0x1FAEB),
    (0x1FAF9, 0x1FAFA), (0x2B81E, 0x2B81E), (0x3D000, 0x3FC3F),
)
_UNASSIGNED_SAMPLE = 0x0378  # unassigned in every Unicode version so far

# Binary properties that unassigned code points of some ranges have (the
# ranges are fixed in advance), so the Unicode 18 values are also the
# Unicode 17 ones for the UNICODE_18_NEW code points.
_RESERVED_DEFAULTS = frozenset([
    "Any", "Default_Ignorable_Code_Point", "Noncharacter_Code_Point",
    "Extended_Pictographic", "Pattern_Syntax", "Pattern_White_Space"])

# Properties of code points assigned before Unicode 18 that 18 changed:
# (property, value) -> (ranges to add, ranges to remove) for Unicode 17.
_CHANGED_IN_18 = {
    ("Changes_When_Casemapped", None): ([], [(0x277, 0x277), (0x27C, 0x27C), (0xAB4B, 0xAB4C)]),
    ("Changes_When_Titlecased", None): ([], [(0x277, 0x277), (0x27C, 0x27C), (0xAB4B, 0xAB4C)]),
    ("Changes_When_Uppercased", None): ([], [(0x277, 0x277), (0x27C, 0x27C), (0xAB4B, 0xAB4C)]),
    ("Extended_Pictographic", None): (
        [(0x1F1AE, 0x1F1AE), (0x1F7DA, 0x1F7DB), (0x1F7F1, 0x1F7FF)], []),
    ("Diacritic", None): ([], [(0x656, 0x656), (0x6E2, 0x6E2), (0x8D3, 0x8D3)]),
    ("Script_Extensions", "Devanagari"): ([(0x1CF5, 0x1CF6)], []),
    ("Script_Extensions", "Kannada"): ([], [(0xB83, 0xB83)]),
    ("Script_Extensions", "Malayalam"): ([], [(0xB83, 0xB83)]),
    ("Script_Extensions", "Telugu"): ([], [(0xB83, 0xB83)]),
}

# Simple uppercase mappings of BMP code units added after Unicode 14.
_UPPER_SINCE_14 = {
    0x019B: 0xA7DC, 0x0264: 0xA7CB, 0x1C8A: 0x1C89, 0xA7CD: 0xA7CC,
    0xA7CF: 0xA7CE, 0xA7D3: 0xA7D2, 0xA7D5: 0xA7D4, 0xA7DB: 0xA7DA,
}

# ---------------------------------------------------------------------------
# Range set helpers


def normalize(ranges):
    """Sort and merge (lo, hi) pairs (overlapping or adjacent)."""
    out = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def from_points(points):
    out = []
    for cp in sorted(set(points)):
        if out and cp == out[-1][1] + 1:
            out[-1] = (out[-1][0], cp)
        else:
            out.append((cp, cp))
    return out


def union(*sets):
    merged = []
    for s in sets:
        merged.extend(s)
    return normalize(merged)


def complement(ranges, top):
    out, nxt = [], 0
    for lo, hi in ranges:
        if lo > nxt:
            out.append((nxt, lo - 1))
        nxt = hi + 1
    if nxt <= top:
        out.append((nxt, top))
    return out


def subtract(ranges, removed):
    return intersect(ranges, complement(removed, MAX_CP))


def intersect(a, b):
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        lo = max(a[i][0], b[j][0])
        hi = min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def clip(ranges, top):
    return [(lo, min(hi, top)) for lo, hi in ranges if lo <= top]


def contains(ranges, cp):
    """Membership by bisection (ranges as built by normalize)."""
    i = bisect.bisect_right(ranges, (cp, MAX_CP + 1)) - 1
    return i >= 0 and ranges[i][1] >= cp


def size(ranges):
    return sum(hi - lo + 1 for lo, hi in ranges)


# ---------------------------------------------------------------------------
# Properties

_all_cps = None
_prop_cache = {}


def _all_code_points():
    global _all_cps
    if _all_cps is None:
        _all_cps = array.array("I", range(MAX_CP + 1)).tobytes().decode(
            "utf-32-le", "surrogatepass")
    return _all_cps


def _scan(expr):
    import regex
    rx = regex.compile(expr + "+")
    return [(m.start(), m.end() - 1) for m in rx.finditer(_all_code_points())]


def _regex_expr(name, value):
    if name == "General_Category":
        return r"\p{gc=%s}" % value
    if name == "Script":
        return r"\p{sc=%s}" % value
    if name == "Script_Extensions":
        return r"\p{scx=%s}" % value
    if name == "Changes_When_NFKC_Casefolded":
        return r"[\p{Default_Ignorable_Code_Point}\p{NFKC_QC=N}\p{CWCF}]"
    return r"\p{%s}" % name


def property_ranges(name, value=None):
    """Code point ranges of a property as canonicalised by the parser
    (nodes.UnicodeProperty.name / .value), Unicode 17."""
    key = (name, value)
    got = _prop_cache.get(key)
    if got is None:
        expr = _regex_expr(name, value)
        ranges = _scan(expr)
        # Unicode 18 additions behave like an unassigned code point.
        if name not in _RESERVED_DEFAULTS:
            if contains(ranges, _UNASSIGNED_SAMPLE):
                ranges = union(ranges, UNICODE_18_NEW)
            else:
                ranges = subtract(ranges, UNICODE_18_NEW)
        fix = _CHANGED_IN_18.get(key)
        if fix is not None:
            ranges = subtract(union(ranges, fix[0]), fix[1])
        got = _prop_cache[key] = ranges
    return got


def _is_new_in_18(cp):
    return contains(UNICODE_18_NEW, cp)


# ---------------------------------------------------------------------------
# Case mappings

_simple_fold = None
_upper_canon = None


def simple_fold_map():
    """{cp: scf(cp)} for every code point whose simple case folding
    differs from itself (Unicode 17)."""
    global _simple_fold
    if _simple_fold is None:
        import regex
        from regex import _regex
        flags = int(regex.UNICODE | regex.IGNORECASE)
        table = {}
        # scf(c) != c implies Changes_When_Casefolded, but the package's
        # CWCF misses some (U+1FBE), so Cased and CWCM widen the scan.
        candidates = union(property_ranges("Changes_When_Casefolded"),
                           property_ranges("Changes_When_Casemapped"),
                           property_ranges("Cased"))
        for lo, hi in candidates:
            for cp in range(lo, hi + 1):
                folded = _regex.fold_case(flags, chr(cp))
                if len(folded) != 1:
                    continue
                f = ord(folded)
                if f != cp and not _is_new_in_18(cp) and not _is_new_in_18(f):
                    table[cp] = f
        # fold_case leaves I alone (it has a Turkic T entry too); its
        # C entry is i.
        table[0x49] = 0x69
        _simple_fold = table
    return _simple_fold


def upper_canon_map():
    """{unit: Canonicalize(unit)} for the non-u Canonicalize (22.2.2.7.3)
    where the result differs: toUppercase of the code unit, kept only when
    it is one code unit and does not map a non-ASCII unit to ASCII."""
    global _upper_canon
    if _upper_canon is None:
        table = {}
        for cu in range(MAX_UNIT + 1):
            if 0xD800 <= cu <= 0xDFFF:
                continue
            up = chr(cu).upper()
            if len(up) != 1:
                continue
            u = ord(up)
            if u == cu:
                u = _UPPER_SINCE_14.get(cu, cu)
                if u == cu:
                    continue
            if cu >= 128 and u < 128:
                continue
            table[cu] = u
        _upper_canon = table
    return _upper_canon


class CaseClasses:
    """Equivalence classes of Canonicalize: chars with the same canonical
    value.  Only classes of more than one member are stored."""

    def __init__(self, canon):
        self.canon = canon
        groups = {}
        for c, k in canon.items():
            groups.setdefault(k, {k}).add(c)
        # k belongs to its class only if canon(k) == k.
        for k, members in groups.items():
            if canon.get(k, k) != k:
                members.discard(k)
        self.classes = [sorted(m) for m in groups.values() if len(m) > 1]
        self.class_of = {}
        for members in self.classes:
            for c in members:
                self.class_of[c] = members
        self.points = from_points(self.class_of)

    def closure(self, ranges):
        """{c : Canonicalize(c) == Canonicalize(a) for some a in ranges}."""
        extra = []
        class_of = self.class_of
        for lo, hi in intersect(ranges, self.points):
            for cp in range(lo, hi + 1):
                extra.extend(class_of[cp])
        if not extra:
            return ranges
        return union(ranges, from_points(extra))


_case_classes = {}


def case_classes(unicode):
    got = _case_classes.get(unicode)
    if got is None:
        canon = simple_fold_map() if unicode else upper_canon_map()
        got = _case_classes[unicode] = CaseClasses(canon)
    return got
