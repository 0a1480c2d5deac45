"""How util.inspect shows primitive values (formatPrimitive,
formatNumber, formatBigInt): -0 as "-0", bigints with "n", strings quoted
and, when longer than the line allows, split after line breaks into
'...' + pieces."""

import math

from minijs.host.inspect_strings import str_escape
from minijs.runtime.dtoa import number_to_string
from minijs.runtime.values import UNDEFINED, JSBigInt, JSSymbol

__all__ = ["format_number", "format_bigint", "format_primitive"]

_MIN_LINE_LENGTH = 16   # kMinLineLength


def format_number(x):
    """formatNumber without numeric separators: -0 is "-0"."""
    if type(x) is float:
        if x == 0 and math.copysign(1.0, x) < 0:
            return "-0"
        return number_to_string(x)
    if type(x) is bool:
        return "true" if x else "false"
    return str(x)


def format_bigint(b):
    return "%dn" % b.value


def format_primitive(ctx, value):
    """formatPrimitive: quoted strings (split at line breaks when long),
    numbers, bigints, booleans, undefined, symbols."""
    t = type(value)
    if t is str:
        trailer = ""
        limit = ctx.max_string_length
        if limit is not None and len(value) > limit:
            remaining = len(value) - limit
            value = value[:limit]
            trailer = "... %d more character%s" % (remaining, "s" if remaining > 1 else "")
        if (ctx.compact is not True and len(value) > _MIN_LINE_LENGTH
                and len(value) > ctx.break_length - ctx.indentation - 4):
            lines = _split_after_newlines(value)
            sep = " +\n" + " " * (ctx.indentation + 2)
            return sep.join(str_escape(line) for line in lines) + trailer
        return str_escape(value) + trailer
    if t is int or t is float:
        return format_number(value)
    if t is bool:
        return "true" if value else "false"
    if t is JSBigInt:
        return format_bigint(value)
    if value is UNDEFINED:
        return "undefined"
    if t is JSSymbol:
        return value.descriptive_string()
    return str(value)


def _split_after_newlines(s):
    """`s.split(/(?<=\\n)/)`: pieces that each end after a "\\n"."""
    parts = []
    start = 0
    while True:
        i = s.find("\n", start)
        if i < 0 or i == len(s) - 1:
            parts.append(s[start:])
            return parts
        parts.append(s[start:i + 1])
        start = i + 1
