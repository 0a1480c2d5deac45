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

from minijs.runtime import operations as ops
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.values import UNDEFINED

__all__ = ["report_uncaught", "describe_thrown"]


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
    text = script.line_text(line)
    from minijs.host.node import _text
    return "%s:%d\n%s\n%s^\n" % (script.filename, line, _text(text), " " * col)


def describe_thrown(value):
    """The text node prints for a thrown value: an error's `stack` when it
    is a string, else util.inspect of the value."""
    if isinstance(value, JSObject):
        try:
            stack = value.get("stack", value)
        except JSThrow:
            stack = UNDEFINED
        if type(stack) is str and stack:
            extra = ""
            return stack + extra, True
    try:
        from minijs.host.inspect import inspect
        return inspect(value), isinstance(value, JSObject)
    except Exception:          # printing must not fail on an odd value
        try:
            return ops.to_string(value), False
        except JSThrow:
            return "<value>", False


def report_uncaught(host, exc):
    from minijs.host.node import _text
    out = []
    excerpt = _source_excerpt(exc)
    text, is_error = describe_thrown(exc.value)
    if excerpt:
        out.append(excerpt)
        if is_error:
            out.append("\n")
    if is_error:
        out.append(_text(text) + "\n")
    else:
        out.append("Uncaught " + _text(text) + "\n" if not excerpt else _text(text) + "\n")
    host.write_err("".join(out))
