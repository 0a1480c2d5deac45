"""GetSubstitution (ECMA-262 22.1.3.19.1): expanding the `$` patterns of a
replacement string.  Shared by String.prototype.replace / replaceAll and
RegExp.prototype[Symbol.replace]."""

from minijs.runtime.values import UNDEFINED

__all__ = ["get_substitution"]

_DIGITS = "0123456789"


def get_substitution(matched, string, position, captures, named_captures, replacement):
    """The replacement text for one match.

    matched: the matched substring; string: the whole subject; position:
    index of the match in `string`; captures: list of the capture values
    (JS strings or UNDEFINED) for groups 1..m; named_captures: UNDEFINED or
    an object whose properties are the named groups; replacement: the
    replacement template (a JS string).

    $$ -> "$"; $& -> matched; $` -> text before the match; $' -> text
    after it; $n / $nn -> capture n (two digits win when they name an
    existing group, "$0"/"$00" and groups past m stay literal, undefined
    captures give ""); $<name> -> ToString(named_captures[name]) (literal
    when there are no named groups or no ">" follows)."""
    if "$" not in replacement:
        return replacement
    from minijs.runtime.operations import to_string
    m = len(captures)
    tail_pos = min(position + len(matched), len(string))
    out = []
    i = 0
    n = len(replacement)
    while i < n:
        c = replacement[i]
        if c != "$" or i + 1 >= n:
            j = replacement.find("$", i + 1)
            if j < 0:
                j = n
            out.append(replacement[i:j])
            i = j
            continue
        nxt = replacement[i + 1]
        if nxt == "$":
            out.append("$")
            i += 2
        elif nxt == "&":
            out.append(matched)
            i += 2
        elif nxt == "`":
            out.append(string[:position])
            i += 2
        elif nxt == "'":
            out.append(string[tail_pos:])
            i += 2
        elif nxt in _DIGITS:
            index = None
            consumed = 0
            if i + 2 < n and replacement[i + 2] in _DIGITS:
                two = int(replacement[i + 1:i + 3])
                if 1 <= two <= m:
                    index, consumed = two, 3
            if index is None:
                one = int(nxt)
                if 1 <= one <= m:
                    index, consumed = one, 2
            if index is None:
                out.append("$")
                i += 1
                continue
            cap = captures[index - 1]
            if cap is not UNDEFINED:
                out.append(to_string(cap))
            i += consumed
        elif nxt == "<":
            if named_captures is UNDEFINED:
                out.append("$<")
                i += 2
                continue
            close = replacement.find(">", i + 2)
            if close < 0:
                out.append("$<")
                i += 2
                continue
            name = replacement[i + 2:close]
            cap = named_captures.get(name, named_captures)
            if cap is not UNDEFINED:
                out.append(to_string(cap))
            i = close + 1
        else:
            out.append("$")
            i += 1
    return "".join(out)
