"""console.table (node v20 lib/internal/console/constructor.js `table` and
lib/internal/cli_table.js): the rows and columns node derives from the
data, and the box-drawing rendering (cells left-aligned, padded to the
widest cell by display width).
"""

from minijs.host import inspect_kinds as kinds
from minijs.host.inspect import Context, format_value
from minijs.host.inspect_strings import string_width
from minijs.runtime.arrays import JSArray
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, array_index

__all__ = ["render_table", "table_text"]

_INDEX_KEY = "(index)"
_ITER_KEY = "(iteration index)"
_KEY_KEY = "Key"
_VALUES_KEY = "Values"


def render_table(head, columns):
    """cli_table's table(head, columns): `columns[i]` is a dict row -> cell
    text for column head[i]."""
    widths = [string_width(h) for h in head]
    longest = max((max(c) + 1 if c else 0) for c in columns) if columns else 0
    rows = [[] for _ in range(longest)]
    for i, column in enumerate(columns):
        for j in range(longest):
            value = column.get(j, "")
            rows[j].append(value)
            widths[i] = max(widths[i], string_width(value))
    divider = ["\u2500" * (w + 2) for w in widths]
    out = ["\u250c" + "\u252c".join(divider) + "\u2510", _render_row(head, widths),
           "\u251c" + "\u253c".join(divider) + "\u2524"]
    out.extend(_render_row(row, widths) for row in rows)
    out.append("\u2514" + "\u2534".join(divider) + "\u2518")
    return "\n".join(out)


def _render_row(row, widths):
    cells = [cell + " " * (widths[i] - string_width(cell)) for i, cell in enumerate(row)]
    return "\u2502 " + " \u2502 ".join(cells) + " \u2502"


def _cell(value, realm):
    """node's _inspect for a cell: objects with more than two keys as
    [Object], arrays shortened to three items, all on one line."""
    depth = 0
    if isinstance(value, JSObject) and not isinstance(value, JSArray) \
            and not kinds.is_typed_array(value) and len(_object_keys(value)) > 2:
        depth = -1
    ctx = Context(depth=depth, max_array_length=3, break_length=float("inf"), realm=realm)
    return format_value(ctx, value, 0)


def _object_keys(obj):
    """Object.keys: own enumerable string keys."""
    out = []
    for k in obj.own_property_keys():
        if type(k) is str:
            d = obj.get_own_property(k)
            if d is not None and d.enumerable:
                out.append(k)
    return out


def _ordered(keys):
    """The key order of a plain object built from `keys`: array indices
    ascending, then the other strings in insertion order."""
    idx = sorted((k for k in keys if array_index(k) is not None), key=array_index)
    return idx + [k for k in keys if array_index(k) is None]


def table_text(data, properties, realm):
    """The table console.table prints for `data` (an object), or None
    when node would just log the value.  `properties` is None or a list
    of property keys (strings)."""
    if kinds.is_map(data):
        entries = kinds.collection_entries(data, realm)
        keys = {i: _cell(k, realm) for i, (k, _) in enumerate(entries)}
        values = {i: _cell(v, realm) for i, (_, v) in enumerate(entries)}
        index = {i: _cell(i, realm) for i in range(len(entries))}
        return render_table([_ITER_KEY, _KEY_KEY, _VALUES_KEY], [index, keys, values])
    if kinds.is_set(data):
        entries = kinds.collection_entries(data, realm)
        values = {i: _cell(v, realm) for i, v in enumerate(entries)}
        index = {i: _cell(i, realm) for i in range(len(entries))}
        return render_table([_ITER_KEY, _VALUES_KEY], [index, values])
    columns = {}
    column_order = []
    has_primitives = False
    values_column = {}
    index_keys = _object_keys(data)
    for i, key in enumerate(index_keys):
        item = data.get(key)
        primitive = not isinstance(item, JSObject) or item is NULL
        if properties is None and primitive:
            has_primitives = True
            values_column[i] = _cell(item, realm)
            continue
        keys = properties if properties is not None else _object_keys(item)
        for k in keys:
            if k not in columns:
                columns[k] = {}
                column_order.append(k)
            if (primitive and properties is not None) or not (
                    isinstance(item, JSObject) and item.get_own_property(k) is not None):
                columns[k][i] = ""
            else:
                columns[k][i] = _cell(item.get(k), realm)
    head = _ordered(column_order)
    cols = [columns[k] for k in head]
    if has_primitives:
        head.append(_VALUES_KEY)
        cols.append(values_column)
    head.insert(0, _INDEX_KEY)
    cols.insert(0, {i: k for i, k in enumerate(index_keys)})
    return render_table(head, cols)
