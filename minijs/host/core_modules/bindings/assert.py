"""internalBinding('assert'): the source text of the call at a stack
frame's position, which assert.ok shows when its value is falsy ("The
expression evaluated to a falsy value:  assert(x === 1)"): the innermost
call expression around (line, column) of the file, found with minijs's
own parser as node finds it with acorn."""

import os

from minijs.builtins.support import arg
from minijs.host.core_modules.bindings import binding_object
from minijs.runtime import operations as ops
from minijs.runtime.arrays import create_array_from_list
from minijs.runtime.values import UNDEFINED
from minijs.syntax.source import LineTable, decode_source_bytes, to_utf16_units

# A CommonJS file is a function body (it may `return`): parsed wrapped.
_WRAP_HEAD = "(function (){"


def _parse(text):
    from minijs.syntax import JSSyntaxError, parse
    from minijs.syntax.ast import walk
    for head, module in ((_WRAP_HEAD, False), ("", True)):
        try:
            return walk(parse(head + text + "\n})" if head else text, module)), len(head)
        except (JSSyntaxError, RecursionError):
            continue
    return None, 0


def call_source(path, line, column):
    """(column of the call's start, its source text) or None."""
    if path.startswith("file://"):
        from minijs.host.esm import url_to_path
        path = url_to_path(path)
    try:
        with open(path, "rb") as f:
            text = to_utf16_units(decode_source_bytes(f.read()))
    except OSError:
        return None
    if text.startswith("#!"):
        text = "//" + text[2:]
    lines = LineTable(text)
    if not 0 <= line < len(lines.starts):
        return None
    offset = lines.starts[line] + column
    nodes, shift = _parse(text)
    if nodes is None:
        return None
    best = None
    for node in nodes:
        if node.type == "CallExpression":
            start, end = node.start - shift, node.end - shift
            if start <= offset <= end and (best is None or start >= best[0]):
                best = (start, end)
    if best is None:
        return None
    start, end = best
    return lines.position(start)[1], text[start:end]


def make_binding(host):
    realm = host.realm

    def source_of_call(this, args):
        path = ops.to_string(arg(args, 0))
        if not (path.startswith("file://") or os.path.isabs(path)):
            return UNDEFINED            # eval code, node:* modules
        found = call_source(path, int(ops.to_number(arg(args, 1))),
                            int(ops.to_number(arg(args, 2))))
        if found is None:
            return UNDEFINED
        return create_array_from_list(list(found), realm.intrinsics["ArrayPrototype"])

    return binding_object(realm, [("callSource", source_of_call, 3)])
