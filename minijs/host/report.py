"""Uncaught exceptions reported as node v20 reports them on stderr:

    /abs/file.js:3                 <- where it was thrown
      return x.y.z;                <- that source line
                 ^                 <- a caret under the position
                                   <- blank line (error objects only)
    TypeError: Cannot read ...     <- err.stack (or the thrown value)
        at f (/abs/file.js:3:14)

node's own frames (node:internal/...) do not exist in minijs and are not
printed; neither is node's trailing "Node.js v20" banner.
"""

import re

from minijs.host.inspect_strings import to_output_text
from minijs.runtime import operations as ops
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.syntax.source import LineTable, decode_source_bytes, to_utf16_units

__all__ = ["report_uncaught"]


def _source_excerpt(exc):
    where = getattr(exc, "where", None)
    if where is None:
        return None
    code, pc = where
    script = code.script
    src = code.source_offset_for(pc)
    if script is None or src is None:
        return None
    line, col = script.position(src)
    return "%s:%d\n%s\n%s^\n" % (script.filename, line, script.line_text(line), " " * col)


_STACK_FRAME = re.compile(r"^\s+at (?:.*? \()?(.+?):(\d+):(\d+)\)?$")


def _excerpt_from_stack(value):
    """The excerpt for an error that was not thrown where it is reported
    (a promise's rejection reason): node shows where the error was made,
    the first frame of its stack."""
    if not isinstance(value, JSObject):
        return None
    from minijs.runtime.ordinary import get_data_property
    stack = get_data_property(value, "stack")
    if type(stack) is not str or "\n" not in stack:
        return None
    m = _STACK_FRAME.match(stack.split("\n")[1])
    if m is None:
        return None
    path, line, col = m.group(1), int(m.group(2)), int(m.group(3))
    file = path
    if path.startswith("file://"):          # a frame of an ES module
        from minijs.host.esm import url_to_path
        file = url_to_path(path)
    try:
        with open(file, "rb") as f:
            lines = LineTable(to_utf16_units(decode_source_bytes(f.read())))
        text = lines.line_text(line)
    except (OSError, IndexError, ValueError):
        return None
    return "%s:%d\n%s\n%s^\n" % (path, line, text, " " * max(0, col - 1))


def _span_excerpt(script, start, end):
    line, col = script.position(start)
    text = script.line_text(line)
    width = max(1, min(end - start, len(text) - col))
    return "%s:%d\n%s\n%s%s\n" % (script.filename, line, text, " " * col, "^" * width)


def _error_line(value):
    try:
        return "%s: %s" % (ops.to_string(value.get("name")), ops.to_string(value.get("message")))
    except JSThrow:
        return _inspect(value)


def _is_error(value):
    return isinstance(value, JSObject) and getattr(value, "class_name", "") == "Error"


def _inspect(value):
    # node's report: inspect(error, { customInspect: false, depth: 5 })
    try:
        from minijs.host.inspect import inspect
        return inspect(value, depth=5, custom_inspect=False)
    except JSThrow:
        return "<uninspectable value>"


def report_uncaught(host, exc):
    """Error objects: the excerpt, a blank line, util.inspect of the error
    (its stack, then extra own properties).  Other values: a blank line,
    the excerpt, then the value (strings raw).  node's hint about its
    --trace-uncaught flag is not printed: minijs has no such flag."""
    value = exc.value
    span = getattr(exc, "module_span", None)
    if span is not None:            # linking an ES module failed: node marks the name
        host.write_err(to_output_text(_span_excerpt(*span) + _error_line(value) + "\n"))
        return
    excerpt = _source_excerpt(exc) or _excerpt_from_stack(value) or ""
    if _is_error(value):
        text = excerpt + ("\n" if excerpt else "") + _inspect(value) + "\n"
    elif isinstance(value, JSObject):
        text = "\n" + excerpt + _inspect(value) + "\n"
    else:
        try:
            shown = ops.to_string(value)
        except JSThrow:
            shown = _inspect(value)
        text = "\n" + excerpt + shown + "\n"
    host.write_err(to_output_text(text))
