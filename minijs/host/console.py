"""The `console` global, as node v20 behaves (lib/internal/console).

log/info/debug/dirxml write to stdout, error/warn/trace to stderr, each
call one line (or block) ending in "\\n", indented by the current group
depth (two spaces per console.group).  Arguments are formatted with
node's util.format (minijs.host.inspect_format); the text handed to the
writers is real text (UTF-16 surrogates already paired).

Node reports misuse of count/time labels with process warnings on stderr
("(node:PID) Warning: ..."); those are written the same way here.
"""

import os
import time

from minijs.builtins.support import arg, define_value, make_function
from minijs.host.console_table import table_text
from minijs.host.inspect import Context, format_value
from minijs.host.inspect_format import format_with_options
from minijs.host.inspect_strings import to_output_text
from minijs.host.node_errors import invalid_arg_type
from minijs.runtime.arrays import JSArray
from minijs.runtime.dtoa import number_to_string, to_fixed
from minijs.runtime.objects import JSObject
from minijs.runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN, to_boolean

__all__ = ["install_console", "ConsoleState", "format_time"]

_K_SECOND = 1000
_K_MINUTE = 60 * _K_SECOND
_K_HOUR = 60 * _K_MINUTE


def _fixed3(x):
    return to_fixed(float(x), 3)


def format_time(ms):
    """formatTime: "1.234ms", "1.500s", "1:02.003 (m:ss.mmm)",
    "1:02:03.004 (h:mm:ss.mmm)"."""
    hours = minutes = 0
    seconds = 0.0
    if ms >= _K_SECOND:
        if ms >= _K_MINUTE:
            if ms >= _K_HOUR:
                hours = int(ms // _K_HOUR)
                ms = ms % _K_HOUR
            minutes = int(ms // _K_MINUTE)
            ms = ms % _K_MINUTE
        seconds = ms / _K_SECOND
    if hours != 0 or minutes != 0:
        sec, frac = _fixed3(seconds).split(".")
        res = "%d:%02d" % (hours, minutes) if hours != 0 else str(minutes)
        return "%s:%s.%s (%sm:ss.mmm)" % (res, sec.rjust(2, "0"), frac,
                                           "h:m" if hours != 0 else "")
    if seconds != 0:
        return _fixed3(seconds) + "s"
    return number_to_string(float(_fixed3(ms))) + "ms"


def _to_string(v):
    from minijs.runtime.operations import to_string
    return to_string(v)


class ConsoleState:
    """The per-console state node keeps: group indentation, counters,
    timers, and whether the first process warning was printed."""

    def __init__(self, realm, stdout_write, stderr_write, clock=None, stack_trace=None):
        self.realm = realm
        self.stdout_write = stdout_write
        self.stderr_write = stderr_write
        self.group_indent = ""
        self.counts = {}
        self.times = {}
        self.clock = clock or time.perf_counter
        self.stack_trace = stack_trace
        self.warned = False

    # -- writing (kWriteToConsole) -----------------------------------------
    def write(self, to_stderr, text):
        indent = self.group_indent
        if indent:
            if "\n" in text:
                text = text.replace("\n", "\n" + indent)
            text = indent + text
        out = to_output_text(text + "\n")
        (self.stderr_write if to_stderr else self.stdout_write)(out)

    def format(self, args):
        return format_with_options(list(args), self.realm)

    def log(self, args):
        self.write(False, self.format(args))

    def warn(self, args):
        self.write(True, self.format(args))

    def emit_warning(self, message):
        """process.emitWarning: "(node:PID) Warning: message" on stderr,
        the first time followed by node's --trace-warnings hint."""
        text = "(node:%d) Warning: %s\n" % (os.getpid(), message)
        if not self.warned:
            text += "(Use `node --trace-warnings ...` to show where the warning was created)\n"
            self.warned = True
        self.stderr_write(to_output_text(text))


def _label(args):
    v = arg(args, 0)
    return "default" if v is UNDEFINED else _to_string(v)


def _dir_options(options):
    """Inspect options from console.dir's second argument."""
    opts = {}
    if not isinstance(options, JSObject):
        return opts
    names = {"depth": "depth", "showHidden": "show_hidden", "breakLength": "break_length",
             "compact": "compact", "sorted": "sorted_keys",
             "maxArrayLength": "max_array_length", "maxStringLength": "max_string_length",
             "showProxy": "show_proxy"}
    for js_name, py_name in names.items():
        v = options.get(js_name)
        if v is UNDEFINED:
            continue
        if js_name in ("depth", "maxArrayLength", "maxStringLength"):
            if v is NULL or (type(v) is float and v == float("inf")):
                v = None
            elif type(v) in (int, float):
                v = int(v) if v == v else 0
            else:
                continue
        elif js_name == "breakLength":
            if type(v) not in (int, float):
                continue
        elif js_name == "compact":
            if type(v) is bool:
                pass
            elif type(v) in (int, float):
                v = int(v)
            else:
                continue
        else:
            v = to_boolean(v)
        opts[py_name] = v
    return opts


def install_console(realm, stdout_write, stderr_write, *, clock=None, stack_trace=None):
    """Create `console` on realm.global_object.  `stdout_write` and
    `stderr_write` receive real text, each call ending with "\\n".
    `stack_trace()` (optional) returns the JS stack frame lines ("    at
    ...") for console.trace.  Returns the ConsoleState."""
    st = ConsoleState(realm, stdout_write, stderr_write, clock, stack_trace)

    def log(this, args):
        st.log(args)
        return UNDEFINED

    def warn(this, args):
        st.warn(args)
        return UNDEFINED

    def dir_(this, args):
        opts = _dir_options(arg(args, 1))
        ctx = Context(realm=realm, **opts)
        st.write(False, format_value(ctx, arg(args, 0), 0))
        return UNDEFINED

    def time_(this, args):
        label = _label(args)
        if label in st.times:
            st.emit_warning("Label '%s' already exists for console.time()" % label)
            return UNDEFINED
        st.times[label] = st.clock()
        return UNDEFINED

    def time_log_impl(name, label, data):
        start = st.times.get(label)
        if start is None:
            st.emit_warning("No such label '%s' for console.%s()" % (label, name))
            return False
        ms = (st.clock() - start) * 1000.0
        st.log(["%s: %s", label, format_time(ms)] + list(data))
        return True

    def time_end(this, args):
        label = _label(args)
        if time_log_impl("timeEnd", label, ()):
            del st.times[label]
        return UNDEFINED

    def time_log(this, args):
        time_log_impl("timeLog", _label(args), args[1:])
        return UNDEFINED

    def trace(this, args):
        message = st.format(args)
        text = "Trace: " + message if message else "Trace"
        frames = st.stack_trace() if st.stack_trace is not None else ()
        if frames:
            text += "\n" + "\n".join(frames)
        st.warn([text])
        return UNDEFINED

    def assert_(this, args):
        if not to_boolean(arg(args, 0)):
            rest = list(args[1:])
            if rest:
                rest[0] = "Assertion failed: " + _to_string(rest[0])
            else:
                rest = ["Assertion failed"]
            st.warn(rest)
        return UNDEFINED

    def noop(this, args):
        return UNDEFINED

    def count(this, args):
        label = _label(args)
        n = st.counts.get(label, 0) + 1
        st.counts[label] = n
        st.log(["%s: %d" % (label, n)])
        return UNDEFINED

    def count_reset(this, args):
        v = arg(args, 0)
        label = "default" if v is UNDEFINED else v
        if type(label) is not str or label not in st.counts:
            st.emit_warning("Count for '%s' does not exist" % _to_string(label))
            return UNDEFINED
        del st.counts[label]
        return UNDEFINED

    def group(this, args):
        if args:
            st.log(args)
        st.group_indent += "  "
        return UNDEFINED

    def group_end(this, args):
        st.group_indent = st.group_indent[:-2]
        return UNDEFINED

    def table(this, args):
        data = arg(args, 0)
        props = arg(args, 1)
        properties = None
        if props is not UNDEFINED:
            if not isinstance(props, JSArray):
                raise invalid_arg_type("properties", "an instance of Array", props)
            properties = [_to_string(props.get(str(i))) for i in range(props.length)]
        if not isinstance(data, JSObject):
            st.log([data])
            return UNDEFINED
        st.log([table_text(data, properties, realm)])
        return UNDEFINED

    console = JSObject(realm.intrinsics["ObjectPrototype"])
    methods = [
        ("log", log), ("warn", warn), ("dir", dir_), ("time", time_),
        ("timeEnd", time_end), ("timeLog", time_log), ("trace", trace),
        ("assert", assert_), ("clear", noop), ("count", count),
        ("countReset", count_reset), ("group", group), ("groupEnd", group_end),
        ("table", table), ("debug", log), ("info", log), ("dirxml", log),
        ("error", warn), ("groupCollapsed", group), ("profile", noop),
        ("profileEnd", noop), ("timeStamp", noop),
    ]
    for name, fn in methods:
        define_value(console, name, make_function(realm, fn, name, 0),
                     WRITABLE | ENUMERABLE | CONFIGURABLE)
    define_value(console, WELL_KNOWN.toStringTag, "console", CONFIGURABLE)
    define_value(realm.global_object, "console", console, WRITABLE | CONFIGURABLE)
    return st
