"""The `process` object of the node host: argv, env, platform, exit,
exitCode, cwd, stdout/stderr.write, nextTick, hrtime (+ .bigint),
cpuUsage, memoryUsage, uptime, version/versions, emitWarning, and the
EventEmitter methods (process_events.py) for 'exit', 'beforeExit',
'uncaughtException', 'unhandledRejection', 'rejectionHandled',
'warning'.

memoryUsage() reports the real RSS; its heap figures are estimates.
`process.version` is the node version whose behaviour minijs follows
(libraries test it); `process.versions.minijs` and `process.release.name`
name the engine actually running.
"""

import os
import sys
import time

import minijs
from minijs.builtins.support import arg, define_accessor, define_value, make_function
from minijs.host.host_classes import host_class
from minijs.host.inspect_strings import to_output_text
from minijs.host.node_errors import invalid_arg_type, node_error, received
from minijs.host.process_events import install_emitter
from minijs.runtime import operations as ops
from minijs.runtime.arrays import JSArray, create_array_from_list
from minijs.runtime.calls import call
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.ordinary import create_data_property_or_throw
from minijs.runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from minijs.runtime.values import NULL, UNDEFINED, WELL_KNOWN, JSBigInt, is_callable
from minijs.syntax.source import to_utf16_units

__all__ = ["install_process", "exit_code_of", "NODE_VERSION"]

NODE_VERSION = "20.20.2"
_WEC = WRITABLE | ENUMERABLE | CONFIGURABLE
_START = time.monotonic()


def _plain(realm, items):
    obj = JSObject(realm.intrinsics["ObjectPrototype"])
    for key, value in items:
        define_value(obj, key, value, _WEC)
    return obj


def _rss_bytes():
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        import resource
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _cpu_micros():
    """(user, system) CPU time of the whole process, all threads, in
    microseconds (getrusage: os.times() only counts clock ticks)."""
    try:
        import resource
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return int(usage.ru_utime * 1e6), int(usage.ru_stime * 1e6)
    except (ImportError, OSError):
        t = os.times()
        return int(t.user * 1e6), int(t.system * 1e6)


def _validate_exit_code(code):
    """node 20's check of process.exitCode / process.exit(code): null,
    undefined, an integer, or a string holding one."""
    if code is UNDEFINED or code is NULL:
        return code
    t = type(code)
    if t is str and code != "":
        n = ops.to_number(code)
        if n == n and n not in (float("inf"), float("-inf")) and n == int(n):
            return code
    if t is int or t is float:
        if code == code and code not in (float("inf"), float("-inf")) and code == int(code):
            return code
        raise node_error("RangeError", "ERR_OUT_OF_RANGE",
                         'The value of "code" is out of range. It must be an integer. '
                         'Received %s' % ops.to_string(code))
    raise invalid_arg_type("code", "of type number", code)


def install_process(host):
    """Create `process` on host.realm's global object; returns it.  The
    host provides write_out/write_err, loop (for nextTick), exit_with
    (process.exit), argv and script_path."""
    realm = host.realm
    array_proto = realm.intrinsics["ArrayPrototype"]
    # node's chain: process -> process.prototype -> EventEmitter.prototype
    emitter_proto = host_class(realm, "EventEmitter")
    obj = JSObject(host_class(realm, "process", parent_proto=emitter_proto))
    host.process_emitter = install_emitter(realm, obj, emitter_proto)

    argv = ["minijs"] + ([os.path.abspath(host.script_path)] if host.script_path else []) + host.argv
    define_value(obj, "argv", create_array_from_list(
        [to_utf16_units(a) for a in argv], array_proto), _WEC)
    define_value(obj, "argv0", "minijs", _WEC)
    define_value(obj, "execArgv", create_array_from_list([], array_proto), _WEC)
    define_value(obj, "execPath", to_utf16_units(sys.executable), _WEC)
    define_value(obj, "env", _plain(realm, [
        (to_utf16_units(k), to_utf16_units(v)) for k, v in os.environ.items()]), _WEC)
    define_value(obj, "platform", "linux" if sys.platform.startswith("linux") else sys.platform, _WEC)
    define_value(obj, "arch", {"x86_64": "x64", "aarch64": "arm64"}.get(os.uname().machine, os.uname().machine), _WEC)
    define_value(obj, "pid", os.getpid(), _WEC)
    define_value(obj, "ppid", os.getppid(), _WEC)
    define_value(obj, "title", "minijs", _WEC)
    define_value(obj, "version", "v" + NODE_VERSION, _WEC)
    define_value(obj, "versions", _plain(realm, [
        ("node", NODE_VERSION), ("minijs", minijs.__version__),
        ("python", "%d.%d.%d" % sys.version_info[:3])]), _WEC)
    define_value(obj, "release", _plain(realm, [("name", "minijs")]), _WEC)
    exit_code = [UNDEFINED]

    def get_exit_code(this, args):
        return exit_code[0]

    def set_exit_code(this, args):
        exit_code[0] = _validate_exit_code(arg(args, 0))
        return UNDEFINED
    define_accessor(realm, obj, "exitCode", get_exit_code, set_exit_code, ENUMERABLE)

    def method(name, fn, length, target=obj):
        f = make_function(realm, fn, name, length)
        define_value(target, name, f, _WEC)
        return f

    def exit_(this, args):
        code = arg(args, 0)
        if code is not UNDEFINED:
            exit_code[0] = _validate_exit_code(code)
        host.exit_with()

    def cwd(this, args):
        return to_utf16_units(os.getcwd())

    def next_tick(this, args):
        callback = arg(args, 0)
        if not is_callable(callback):
            raise invalid_arg_type("callback", "of type function", callback)
        if host.exiting:
            return UNDEFINED
        host.loop.ticks.append((lambda a: call(callback, UNDEFINED, a), tuple(args[1:])))
        return UNDEFINED

    def hrtime(this, args):
        now = time.monotonic_ns()
        prev = arg(args, 0)
        if prev is not UNDEFINED:
            if not isinstance(prev, JSArray):
                raise invalid_arg_type("time", "an instance of Array", prev)
            if prev.length != 2:
                raise node_error("RangeError", "ERR_OUT_OF_RANGE",
                                 'The value of "time" is out of range. It must be 2. Received %d'
                                 % prev.length)
            sec = ops.to_number(prev.get("0"))
            nsec = ops.to_number(prev.get("1"))
            now -= int(sec) * 1_000_000_000 + int(nsec)
        return create_array_from_list([now // 1_000_000_000, now % 1_000_000_000], array_proto)

    def hrtime_bigint(this, args):
        return JSBigInt(time.monotonic_ns())

    def cpu_usage(this, args):
        user, system = _cpu_micros()
        prev = arg(args, 0)
        if prev is UNDEFINED:
            return _plain(realm, [("user", user), ("system", system)])
        if not isinstance(prev, JSObject) or is_callable(prev):
            raise invalid_arg_type("prevValue", "of type object", prev)
        before = []
        for key in ("user", "system"):
            value = prev.get(key)
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise node_error("TypeError", "ERR_INVALID_ARG_TYPE",
                                 'The "prevValue.%s" property must be of type number.%s'
                                 % (key, received(value)))
            if not 0 <= value <= 2 ** 53 - 1:
                raise node_error("RangeError", "ERR_INVALID_ARG_VALUE",
                                 "The property 'prevValue.%s' is invalid. Received %s"
                                 % (key, ops.to_string(value)))
            before.append(value)
        return _plain(realm, [("user", user - before[0]), ("system", system - before[1])])

    def memory_usage(this, args):
        # The Python heap has no V8 counterpart: heapUsed approximates it
        # by CPython's allocated blocks (a pymalloc block averages ~64 bytes).
        rss = _rss_bytes()
        heap = min(rss, sys.getallocatedblocks() * 64)
        return _plain(realm, [("rss", rss), ("heapTotal", heap), ("heapUsed", heap),
                              ("external", 0), ("arrayBuffers", 0)])

    def memory_rss(this, args):
        return _rss_bytes()

    def uptime(this, args):
        return time.monotonic() - _START

    def emit_warning(this, args):
        warning = arg(args, 0)
        kind = arg(args, 1)
        if isinstance(warning, JSObject):
            name = warning.get("name")
            message = ops.to_string(warning.get("message"))
            host.emit_warning(message, ops.to_string(name), warning=warning)
            return UNDEFINED
        if type(warning) is not str:
            raise invalid_arg_type("warning", "of type string or an instance of Error", warning)
        code = None
        if isinstance(kind, JSObject):
            code = kind.get("code")
            kind = kind.get("type")
        elif len(args) > 2 and type(args[2]) is str:
            code = args[2]
        host.emit_warning(warning, "Warning" if kind is UNDEFINED else ops.to_string(kind),
                          code if type(code) is str else None)
        return UNDEFINED

    def jit_stats(this, args):
        """minijs only: the optimizing tier's totals (what `minijs bench`
        shows apart from the times); zeros when nothing was compiled."""
        from minijs.jit.tiering import jit_stats as totals
        result = JSObject(realm.intrinsics["ObjectPrototype"])
        for key, value in totals().items():
            create_data_property_or_throw(result, key, value)
        return result

    method("exit", exit_, 1)
    method("cwd", cwd, 0)
    method("nextTick", next_tick, 1)
    hr = method("hrtime", hrtime, 1)
    method("bigint", hrtime_bigint, 0, hr)
    method("cpuUsage", cpu_usage, 1)
    mu = method("memoryUsage", memory_usage, 0)
    method("rss", memory_rss, 0, mu)
    method("uptime", uptime, 0)
    method("emitWarning", emit_warning, 3)
    method("jitStats", jit_stats, 0)

    for name, writer in (("stdout", host.write_out), ("stderr", host.write_err)):
        stream = JSObject(realm.intrinsics["ObjectPrototype"])

        def write(this, args, writer=writer):
            chunk = arg(args, 0)
            writer(to_output_text(ops.to_string(chunk)))
            callback = args[-1] if len(args) > 1 else UNDEFINED
            if is_callable(callback):
                host.loop.ticks.append((lambda a: call(callback, UNDEFINED, a), ()))
            return True
        define_value(stream, "write", make_function(realm, write, "write", 1))
        if _is_terminal(host.stdout if name == "stdout" else host.stderr):
            define_value(stream, "isTTY", True, _WEC)     # node: absent on pipes and files
        define_value(stream, "fd", 1 if name == "stdout" else 2, _WEC)
        define_value(obj, name, stream, _WEC)
    define_value(obj, WELL_KNOWN.toStringTag, "process", CONFIGURABLE)
    define_value(realm.global_object, "process", obj, WRITABLE | CONFIGURABLE)
    return obj


def _is_terminal(stream):
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


def exit_code_of(process):
    """process.exitCode as the process's exit status (0 when unset)."""
    code = process.get("exitCode")
    if code is UNDEFINED or code is NULL:
        return 0
    try:
        n = ops.to_number(code)
    except JSThrow:
        return 1
    # the operating system keeps the low 8 bits (node: exit(-1) is 255)
    return int(n) & 0xFF if n == n and abs(n) != float("inf") else 0

