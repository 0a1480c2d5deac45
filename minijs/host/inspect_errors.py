"""How util.inspect shows Error objects (node's formatError): the `stack`
property, improved with the constructor name, wrapped in brackets when it
has no stack frames, indented when nested; frames repeated from the
`cause` collapsed; `cause` / `errors` shown as extra keys.

Node reads `stack`, `name`, `message`, `cause` and `errors` with [[Get]],
so this module does too (a getter there runs, as in node).
"""

import re

from minijs.runtime.arrays import JSArray
from minijs.runtime.objects import JSObject
from minijs.runtime.values import NULL, UNDEFINED, to_boolean

__all__ = ["format_error", "error_to_string", "identical_sequence_range"]

_NULL_PROTO_NAME = re.compile(r"([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)")
_NULL_PROTO_NAME_ONLY = re.compile(r"([a-z_A-Z0-9-]*Error)\Z")


def _to_string(v):
    from minijs.runtime.operations import to_string
    return to_string(v)


def error_to_string(err):
    """Error.prototype.toString (20.5.3.4)."""
    name = err.get("name")
    name = "Error" if name is UNDEFINED else _to_string(name)
    msg = err.get("message")
    msg = "" if msg is UNDEFINED else _to_string(msg)
    if name == "":
        return msg
    if msg == "":
        return name
    return name + ": " + msg


def _stack_string(ctx, err):
    """getStackString: `stack` if truthy (inspected when not a string),
    else Error.prototype.toString."""
    stack = err.get("stack")
    if to_boolean(stack):
        if type(stack) is str:
            return stack
        from minijs.host.inspect import format_value
        return format_value(ctx, stack, 0)
    return error_to_string(err)


def identical_sequence_range(a, b):
    """identicalSequenceRange: the first run of more than three lines of
    `a` that also appears in `b` -> (length, offset in a)."""
    for i in range(len(a) - 3):
        try:
            pos = b.index(a[i])
        except ValueError:
            continue
        rest = len(b) - pos
        if rest > 3:
            length = 1
            max_len = min(len(a) - i, rest)
            while max_len > length and a[i + length] == b[pos + length]:
                length += 1
            if length > 3:
                return length, i
    return 0, 0


def _is_error(ctx, v):
    from minijs.host import inspect_kinds as kinds
    return isinstance(v, JSObject) and kinds.is_error(v, ctx.realm)


def _stack_frames(ctx, err, stack):
    """getStackFrames: the frame lines, with those repeated from the
    cause's stack replaced by "... n lines matching cause stack trace ..."."""
    frames = stack.split("\n")
    cause = err.get("cause")
    if cause is not UNDEFINED and cause is not NULL and _is_error(ctx, cause):
        cause_stack = _stack_string(ctx, cause)
        start = cause_stack.find("\n    at")
        if start != -1:
            cause_frames = cause_stack[start + 1:].split("\n")
            length, offset = identical_sequence_range(frames, cause_frames)
            if length > 0:
                skipped = length - 2
                msg = "    ... %d lines matching cause stack trace ..." % skipped
                frames[offset + 1:offset + 1 + skipped] = [msg]
    return frames


def _improve_stack(stack, constructor, name, tag):
    """improveStack: make the first line name the actual class
    ("MyError: x" for a subclass whose name is still "Error")."""
    from minijs.host.inspect import get_prefix
    length = len(name)
    if constructor is None or (
            name.endswith("Error") and stack.startswith(name)
            and (len(stack) == length or stack[length] in ":\n")):
        fallback = "Error"
        if constructor is None:
            m = _NULL_PROTO_NAME.match(stack) or _NULL_PROTO_NAME_ONLY.match(stack)
            fallback = m.group(1) if m else ""
            length = len(fallback)
            fallback = fallback or "Error"
        prefix = get_prefix(constructor, tag, fallback)[:-1]
        if name != prefix:
            if name in prefix:
                if length == 0:
                    stack = "%s: %s" % (prefix, stack)
                else:
                    stack = prefix + stack[length:]
            else:
                stack = "%s [%s]%s" % (prefix, name, stack[length:])
    return stack


def _remove_duplicate_keys(ctx, keys, err, stack):
    """removeDuplicateErrorKeys: own enumerable name/message/stack already
    visible in the stack are not listed again."""
    if not ctx.show_hidden and keys:
        for name in ("name", "message", "stack"):
            if name in keys:
                v = err.get(name)
                if type(v) is not str or v in stack:
                    keys.remove(name)


def format_error(ctx, err, constructor, tag, keys):
    """formatError: the text that stands for `err` (before its keys)."""
    name_v = err.get("name")
    if name_v is UNDEFINED or name_v is NULL:
        name = "Error"
    elif type(name_v) is str:
        name = name_v
    else:
        name = _to_string(name_v)
    stack = _stack_string(ctx, err)
    _remove_duplicate_keys(ctx, keys, err, stack)
    if err.has_property("cause") and "cause" not in keys:
        keys.append("cause")
    errors = err.get("errors")
    if isinstance(errors, JSArray) and "errors" not in keys:
        keys.append("errors")
    stack = _improve_stack(stack, constructor, name, tag)

    message = err.get("message")
    pos = -1
    if to_boolean(message):
        m = message if type(message) is str else _to_string(message)
        found = stack.find(m)
        if found > 0:
            pos = found + len(m)
    stack_start = stack.find("\n    at", max(pos, 0))
    if stack_start == -1:
        stack = "[%s]" % stack
    else:
        head = stack[:stack_start]
        lines = _stack_frames(ctx, err, stack[stack_start + 1:])
        stack = head + "\n" + "\n".join(lines)
    if ctx.indentation != 0:
        stack = stack.replace("\n", "\n" + " " * ctx.indentation)
    return stack
