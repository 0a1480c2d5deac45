"""node's line-breaking rules for util.inspect (reduceToSingleString,
isBelowBreakLength, groupArrayElements), apart from the formatting that
produces the entries: given the entry strings of one object, decide
between one line, aligned columns and one entry per line.
"""

import math

from minijs.host.inspect_strings import string_width
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import get_data_property
from minijs.runtime.values import UNDEFINED, JSBigInt

__all__ = ["reduce_to_single_string", "group_array_elements", "K_OBJECT",
           "K_ARRAY", "K_ARRAY_EXTRAS"]

K_OBJECT = 0          # kObjectType: "key: value" entries
K_ARRAY = 1           # kArrayType: bare values
K_ARRAY_EXTRAS = 2    # kArrayExtrasType: array-like with grouped entries


# -- line breaking ---------------------------------------------------------------------

def _is_below_break_length(ctx, output, start, base):
    """isBelowBreakLength: entries plus separators fit in breakLength and
    the base has no line break."""
    total = len(output) + start
    if total + len(output) > ctx.break_length:
        return False
    for entry in output:
        total += len(entry)
        if total > ctx.break_length:
            return False
    return base == "" or "\n" not in base


def reduce_to_single_string(ctx, output, base, braces, extras, recurse_times, value=None):
    """reduceToSingleString: one line when the innermost `compact` levels
    fit in breakLength, else one entry per line (arrays of more than six
    entries grouped into aligned columns first)."""
    compact = ctx.compact
    if compact is not True:
        if type(compact) is int and compact >= 1:
            entries = len(output)
            if extras == K_ARRAY_EXTRAS and entries > 6:
                output = group_array_elements(ctx, output, value)
            if ctx.current_depth - recurse_times < compact and entries == len(output):
                start = len(output) + ctx.indentation + len(braces[0]) + len(base) + 10
                if _is_below_break_length(ctx, output, start, base):
                    joined = ", ".join(output)
                    if "\n" not in joined:
                        return "%s%s %s %s" % (base + " " if base else "", braces[0],
                                               joined, braces[1])
        indentation = "\n" + " " * ctx.indentation
        return "%s%s%s  %s%s%s" % (base + " " if base else "", braces[0], indentation,
                                   (",%s  " % indentation).join(output), indentation,
                                   braces[1])
    if _is_below_break_length(ctx, output, 0, base):
        return "%s%s %s %s" % (braces[0], " " + base if base else "", ", ".join(output),
                               braces[1])
    indentation = " " * ctx.indentation
    ln = (" " if base == "" and len(braces[0]) == 1
          else "%s\n%s  " % (" " + base if base else "", indentation))
    return "%s%s%s %s" % (braces[0], ln, (",\n%s  " % indentation).join(output), braces[1])


def group_array_elements(ctx, output, value):
    """groupArrayElements: lay out many short entries in columns (numbers
    right-aligned, anything else left-aligned)."""
    total_length = 0
    max_length = 0
    output_length = len(output)
    if ctx.max_array_length is not None and ctx.max_array_length < len(output):
        output_length -= 1      # the "... more items" entry is not grouped
    separator_space = 2
    data_len = []
    for i in range(output_length):
        n = string_width(output[i])
        data_len.append(n)
        total_length += n + separator_space
        if max_length < n:
            max_length = n
    actual_max = max_length + separator_space
    if (actual_max * 3 + ctx.indentation < ctx.break_length
            and (total_length / actual_max > 5 or max_length <= 6)):
        approx_char_heights = 2.5
        average_bias = math.sqrt(actual_max - total_length / len(output))
        biased_max = max(actual_max - 3 - average_bias, 1)
        columns = min(
            _js_round(math.sqrt(approx_char_heights * biased_max * output_length) / biased_max),
            (ctx.break_length - ctx.indentation) // actual_max,
            ctx.compact * 4,
            15)
        if columns <= 1:
            return output
        tmp = []
        max_line_length = []
        for i in range(columns):
            line_max = 0
            for j in range(i, len(output), columns):
                if j < output_length and data_len[j] > line_max:
                    line_max = data_len[j]
            max_line_length.append(line_max + separator_space)
        pad_start = True
        if value is not None:
            for i in range(len(output)):
                v = _element_for_order(value, i)
                if type(v) not in (int, float, JSBigInt):
                    pad_start = False
                    break
        for i in range(0, output_length, columns):
            max_i = min(i + columns, output_length)
            parts = []
            j = i
            while j < max_i - 1:
                padding = max_line_length[j - i] + len(output[j]) - data_len[j]
                cell = output[j] + ", "
                parts.append(cell.rjust(padding) if pad_start else cell.ljust(padding))
                j += 1
            if pad_start:
                padding = (max_line_length[j - i] + len(output[j]) - data_len[j]
                           - separator_space)
                parts.append(output[j].rjust(padding))
            else:
                parts.append(output[j])
            tmp.append("".join(parts))
        if ctx.max_array_length is not None and ctx.max_array_length < len(output):
            tmp.append(output[output_length])
        output = tmp
    return output


def _element_for_order(value, i):
    """`value[i]` for the padding choice of groupArrayElements: node reads
    it with [[Get]]; an own data element is read directly, anything else
    counts as "not a number"."""
    if not isinstance(value, JSObject):
        return UNDEFINED
    desc = value.get_own_property(str(i))
    if desc is None:
        v = get_data_property(value, str(i))
        return v
    return desc.value if desc.value is not None else UNDEFINED


def _js_round(x):
    """Math.round: halves round up."""
    return int(math.floor(x + 0.5))
