"""The `v` flag's class sets (ES2024 22.2.2.9 CompileToCharSet of a
ClassSetExpression), lowered onto the nodes the u-mode compiler knows.

A `v` class may nest, intersect (&&), subtract (--) and hold strings
(\\q{abc|d}).  lower_class_sets() evaluates every such class to a set of
code points plus a set of strings, then rewrites it as

* a flat CharClass of ranges when it holds no strings, or
* a non-capturing group (?:abc|...|[chars]) that tries the longest
  strings first (CompileAtom's rule for a class that contains strings).

With the `i` flag the leaves are closed under simple case folding before
the set operations (MaybeSimpleCaseFolding), so [\\w--k]/vi removes K and
the Kelvin sign too; strings become Char sequences the compiler folds.
After lowering, the pattern is compiled exactly as a `u` pattern.
"""

from minijs.runtime.regexp import unicode_data as U
from minijs.syntax.regexp.nodes import (
    Alternative, Char, CharClass, ClassEscape, ClassRange, ClassSetOperation,
    ClassStrings, Disjunction, Group, Lookaround, Quantifier, UnicodeProperty)

__all__ = ["lower_class_sets"]


def lower_class_sets(pattern, sets):
    """Rewrite every CharClass of a `v` pattern in place (see module doc);
    `sets` is the pattern's charsets.SetBuilder (u semantics)."""
    pattern.body = _lower(pattern.body, sets)
    return pattern


def _lower(node, sets):
    t = type(node)
    if t is Disjunction:
        node.alternatives = [_lower(a, sets) for a in node.alternatives]
    elif t is Alternative:
        node.terms = [_lower(term, sets) for term in node.terms]
    elif t is Group or t is Lookaround or t is Quantifier:
        node.body = _lower(node.body, sets)
    elif t is CharClass:
        return _class_node(node, sets)
    return node


def _class_node(node, sets):
    ranges, strings = _evaluate(node, sets)      # complemented if negated
    char_class = CharClass([ClassRange(lo, hi) for lo, hi in ranges], False)
    if not strings:
        return char_class
    alternatives = [Alternative([Char(cp) for cp in s])
                    for s in sorted(strings, key=len, reverse=True)]
    if ranges:
        # Single characters go after the longer strings, before "".
        at = next((i for i, a in enumerate(alternatives) if not a.terms), len(alternatives))
        alternatives.insert(at, Alternative([char_class]))
    return Group(None, None, Disjunction(alternatives))


def _evaluate(item, sets):
    """(ranges, strings) of a class item: `strings` holds the strings
    whose length is not 1 (one-character strings join the ranges)."""
    t = type(item)
    if t is ClassRange:
        return sets.close([(item.lo, item.hi)]), set()
    if t is ClassEscape:
        return sets.close(sets.escape(item.kind)), set()
    if t is UnicodeProperty:
        return sets.close(sets.prop(item)), set()
    if t is ClassStrings:
        singles = [s[0] for s in item.strings if len(s) == 1]
        ranges = sets.close(U.from_points(singles)) if singles else []
        return ranges, {s for s in item.strings if len(s) != 1}
    if t is CharClass:
        ranges, strings = [], set()
        for sub in item.items:
            r, s = _evaluate(sub, sets)
            ranges.extend(r)
            strings |= s
        ranges = U.normalize(ranges)
        if item.negated:
            return U.complement(ranges, U.MAX_CP), set()
        return ranges, strings
    if t is ClassSetOperation:
        ranges, strings = _evaluate(item.operands[0], sets)
        for operand in item.operands[1:]:
            r, s = _evaluate(operand, sets)
            if item.kind == "intersection":
                ranges, strings = U.intersect(ranges, r), strings & s
            else:
                ranges, strings = U.subtract(ranges, r), strings - s
        return ranges, strings
    raise TypeError("unknown class item %r" % (item,))  # pragma: no cover
