"""`minijs.Context`: run untrusted JavaScript from Python, with limits.

    ctx = minijs.Context(time_limit=1.0, memory_limit=64 * 2**20)
    ctx.eval("let n = 6 * 7")
    ctx.get("n")                       # 42
    ctx.expose("log", print)           # a Python callable JS may call
    ctx.call("Math.max", 1, 2)         # 2

A context owns one realm (the ECMAScript built-ins), the timer globals
(setTimeout & co, queueMicrotask) and, if asked, `console`.  JS gets
nothing of the host beyond that: no `require`, no `process`, no files,
no network, unless the embedder exposes a Python function for it.

Limits hold for every call (eval, eval_file, call, get, set, a proxy
call, run_until_idle):
  * time_limit (seconds): the call is interrupted and raises
    minijs.TimeoutError; JS `catch` and `finally` never see it.
  * memory_limit (bytes): growth of the process's resident memory past
    what it was when the context was created interrupts the call with
    minijs.MemoryLimitError (approximate: process-wide, sampled every
    few milliseconds; a call that starts above that, because an earlier
    one left its memory reachable, may grow by a quarter of the limit).  String and array sizes are limited as V8 limits
    them (catchable RangeErrors).
  * stack_limit (JS frames, default 10,800 like node's): deeper
    recursion throws a catchable RangeError, "Maximum call stack size
    exceeded", on every path.

All JS runs on one engine thread (engine_thread.py): contexts may be
used from any thread; calls are serialised.
"""

import math
import os
from typing import Any, Callable, Optional, Union

from minijs.embed import engine_thread
from minijs.embed.convert import to_js, to_python
from minijs.embed.errors import ConversionError, JSError, MemoryLimitError, TimeoutError
from minijs.runtime.interrupt import (
    CancelInterrupt, Interrupt, MemoryLimitInterrupt, TimeLimitInterrupt)

__all__ = ["Context", "JSFunction"]


class _Uncaught(Exception):
    """A JS error escaped a timer or microtask callback."""

    def __init__(self, throw):
        super().__init__()
        self.throw = throw


class _Host:
    """The realm's host hooks (minijs/runtime/jobs.py): jobs go to the
    context's event loop."""

    def __init__(self, loop):
        self.loop = loop

    def enqueue_job(self, job, realm=None):
        self.loop.microtasks.enqueue_job(job, realm)

    def enqueue_cleanup_job(self, job):
        self.loop.cleanup_jobs.append(job)

    def run_jobs(self):
        self.loop.run_ticks_and_rejections()


class JSFunction:
    """A JS function of a Context, callable from Python: arguments and
    result are converted like Context.call's.  It keeps the function (and
    its context) alive; it exposes nothing of the engine."""

    __slots__ = ("__context", "__function", "__weakref__")

    def __init__(self, context: "Context", function: Any) -> None:
        self.__context = context
        self.__function = function

    def __call__(self, *args: Any) -> Any:
        return self.__context.call(self, *args)

    def __repr__(self) -> str:
        return "<minijs.JSFunction>"

    def _unwrap(self, context: "Context") -> Any:
        if context is not self.__context:
            raise ConversionError("a JS function of another Context cannot cross over")
        return self.__function


class Context:
    """An isolated JavaScript environment with its own realm."""

    def __init__(self, time_limit: Optional[float] = None, memory_limit: Optional[int] = None,
                 stack_limit: Optional[int] = None, jit: bool = True,
                 console: Union[bool, Callable[[str], None]] = False) -> None:
        """`time_limit`: seconds per call (None: no limit); `memory_limit`:
        bytes the process may grow by (None: no limit); `stack_limit`: JS
        frames (None: node's default); `jit`: allow the optimizing JIT for
        this context's code; `console`: install `console` (True: writes to
        sys.stdout / sys.stderr; a callable: receives each line)."""
        if time_limit is not None and not (time_limit > 0 and math.isfinite(time_limit)):
            raise ValueError("time_limit must be a positive number of seconds")
        if memory_limit is not None and memory_limit <= 0:
            raise ValueError("memory_limit must be a positive number of bytes")
        if stack_limit is not None and stack_limit < 1:
            raise ValueError("stack_limit must be at least 1 frame")
        self.time_limit = time_limit
        self.memory_limit = memory_limit
        self.stack_limit = stack_limit
        self.jit = jit
        self._realm = None
        self._loop = None
        self._memory_ceiling = None
        engine_thread.run_on_engine_thread(lambda: self._setup(console))

    # -- set-up (on the engine thread) ---------------------------------------

    def _setup(self, console):
        import sys
        from minijs.builtins import create_realm
        from minijs.host.event_loop import EventLoop
        from minijs.host.timers import install_timers
        from minijs.interpreter.eval_code import install_eval
        from minijs.runtime.realm import set_current
        from minijs.runtime.watchdog import resident_bytes

        realm = create_realm()
        loop = EventLoop(self._uncaught)
        loop.default_realm = realm
        realm.host = _Host(loop)
        previous = set_current(realm)
        try:
            install_eval(realm)
            install_timers(realm, loop, lambda *a, **k: None)
            if console:
                from minijs.host.console import install_console
                if callable(console):
                    write = err = (lambda text: console(text[:-1] if text.endswith("\n") else text))
                else:
                    write, err = (lambda t: sys.stdout.write(t)), (lambda t: sys.stderr.write(t))
                install_console(realm, write, err)
        finally:
            set_current(previous)
        self._realm = realm
        self._loop = loop
        if self.memory_limit is not None:
            rss = resident_bytes()
            if rss is not None:
                self._memory_ceiling = rss + self.memory_limit

    def _call_ceiling(self):
        """The resident-memory ceiling of one call: the context's, unless
        the process is already above it when the call starts (what an
        interrupted call left reachable, e.g. `a` after an array bomb):
        then a call may still grow by a quarter of the limit, enough to
        run `a = null` instead of failing at once."""
        from minijs.runtime.watchdog import resident_bytes
        ceiling = self._memory_ceiling
        if ceiling is not None:
            rss = resident_bytes()
            if rss is not None and rss > ceiling:
                return rss + self.memory_limit // 4
        return ceiling

    def _uncaught(self, exc):
        raise _Uncaught(exc)

    # -- running a call --------------------------------------------------------

    def _run(self, work):
        """Run `work()` on the engine thread inside this context, within
        its limits; JS errors and interrupts become Python exceptions."""
        return engine_thread.run_on_engine_thread(lambda: self._enter(work))

    def _enter(self, work):
        import threading
        from minijs.interpreter.state import DEFAULT_STACK_LIMIT, STATE
        from minijs.jit.options import OPTIONS
        from minijs.runtime.errors import JSThrow
        from minijs.runtime.realm import set_current
        from minijs.runtime import watchdog

        previous_realm = set_current(self._realm)
        previous_limit = STATE.stack_limit
        previous_jit = OPTIONS.enabled
        STATE.stack_limit = self.stack_limit or DEFAULT_STACK_LIMIT
        if not self.jit:
            OPTIONS.enabled = False
        budget = None
        if self.time_limit is not None or self._memory_ceiling is not None:
            budget = watchdog.arm(threading.get_ident(), self.time_limit, self._call_ceiling())
        kind = None
        try:
            try:
                return work()
            except Interrupt as exc:
                kind = type(exc)
            except JSThrow as exc:
                raise self._js_error(exc.value) from None
            except _Uncaught as exc:
                raise self._js_error(exc.throw.value) from None
            except RecursionError:
                raise JSError("RangeError", "Maximum call stack size exceeded") from None
            finally:
                if budget is not None:
                    watchdog.disarm(budget)
                set_current(previous_realm)
                STATE.stack_limit = previous_limit
                OPTIONS.enabled = previous_jit
        except Interrupt as exc:       # landed in the clean-up above
            kind = type(exc)
        watchdog.settle(budget)
        # The stopped call's pending microtasks go with it (a promise
        # chain that re-queues itself would otherwise run again, and
        # time out again, at every later call).  Timers stay.
        self._loop.microtasks.jobs.clear()
        self._loop.ticks.clear()
        raise self._interrupt_error(kind, budget)

    def _interrupt_error(self, kind, budget):
        if budget is not None and budget.fired is not None:
            kind = budget.fired
        if issubclass(kind, TimeLimitInterrupt):
            return TimeoutError("JS ran past the time limit of %gs" % self.time_limit)
        if issubclass(kind, MemoryLimitInterrupt):
            import gc
            gc.collect()
            return MemoryLimitError("JavaScript heap out of memory (limit %d bytes)" % self.memory_limit)
        if issubclass(kind, CancelInterrupt):
            return KeyboardInterrupt()
        return kind()

    def _js_error(self, value):
        """JSError for the thrown JS `value` (reading it may run JS getters)."""
        from minijs.runtime import operations as ops
        from minijs.runtime.errors import JSThrow
        from minijs.runtime.objects import JSObject
        from minijs.syntax.source import to_display

        from minijs.runtime.values import UNDEFINED

        def read(key):
            try:
                v = value.get(key)
                return "" if v is UNDEFINED else to_display(ops.to_string(v))
            except (JSThrow, RecursionError):
                return ""
        try:
            py_value = to_python(value, self._proxy)
        except (JSThrow, ConversionError, RecursionError):
            py_value = None
        if isinstance(value, JSObject):
            has = lambda k: value.get(k) is not UNDEFINED    # noqa: E731
            try:
                is_error = has("message") or has("name")
            except (JSThrow, RecursionError):
                is_error = False
            if is_error:
                return self._tag(JSError(read("name"), read("message"), read("stack"), py_value), value)
        try:
            text = to_display(ops.to_string(value))
        except (JSThrow, RecursionError):
            text = "<a thrown value that cannot be shown>"
        return self._tag(JSError("", text, "", py_value), value)

    def _tag(self, error, value):
        """Remember the thrown JS value, so that a JSError passing back
        through an exposed Python function rethrows the same value."""
        error._thrown = (self, value)
        return error

    # -- conversion ----------------------------------------------------------------

    def _proxy(self, fn):
        return JSFunction(self, fn)

    def _wrap(self, value):
        if isinstance(value, JSFunction):
            return value._unwrap(self)
        return None

    def _to_js(self, value):
        return to_js(value, self._realm, self._wrap)

    def _to_python(self, value):
        return to_python(value, self._proxy)

    def _drain_microtasks(self):
        self._loop.run_ticks_and_rejections()

    # -- the API ----------------------------------------------------------------------

    def eval(self, source: str, filename: str = "<eval>") -> Any:
        """Run `source` as a script (its top-level declarations become
        globals of this context), then the microtasks it queued; returns
        the completion value converted to Python."""
        if not isinstance(source, str):
            raise TypeError("source must be a str")

        def work():
            from minijs.engine import compile_script, run_script
            from minijs.syntax.errors import JSSyntaxError
            try:
                code = compile_script(source, filename)
            except JSSyntaxError as err:
                raise JSError("SyntaxError", err.message) from None
            except RecursionError:
                raise JSError("RangeError", "Maximum call stack size exceeded") from None
            value = run_script(code, self._realm)
            self._drain_microtasks()
            return self._to_python(value)
        return self._run(work)

    def eval_file(self, path: Union[str, "os.PathLike[str]"]) -> Any:
        """Run the JS file at `path` as a script (like eval)."""
        from minijs.syntax.source import decode_source_bytes
        with open(path, "rb") as f:
            text = decode_source_bytes(f.read())
        return self.eval(text, os.fspath(path))

    def call(self, function: Union[str, JSFunction], *args: Any) -> Any:
        """Call a JS function: a JSFunction, or the name of a global
        ("parse" or a dotted path like "JSON.stringify", called with the
        object before the last dot as `this`).  Arguments and the result
        are converted; the microtasks it queued run before it returns."""
        def work():
            from minijs.runtime.calls import call
            from minijs.runtime.values import UNDEFINED, is_callable
            from minijs.runtime import errors
            if isinstance(function, JSFunction):
                fn, this = function._unwrap(self), UNDEFINED
            elif isinstance(function, str):
                this, fn = self._lookup(function)
            else:
                raise TypeError("call() takes a JSFunction or the name of a global function")
            if not is_callable(fn):
                raise errors.type_error("%s is not a function" % function)
            js_args = tuple(self._to_js(a) for a in args)
            value = call(fn, this, js_args)
            self._drain_microtasks()
            return self._to_python(value)
        return self._run(work)

    def _lookup(self, dotted):
        """(this, value) of a global name or dotted path."""
        from minijs.runtime import operations as ops
        from minijs.runtime.values import UNDEFINED
        from minijs.syntax.source import to_utf16_units
        names = dotted.split(".")
        this, value = UNDEFINED, self._global(to_utf16_units(names[0]))
        for name in names[1:]:
            this = value
            value = ops.to_object(value).get(to_utf16_units(name))
        return this, value

    def _global(self, name):
        """A global binding: a global let/const/class, else a property of
        the global object."""
        from minijs.runtime import errors
        realm = self._realm
        if name in realm.global_lexicals:
            v = realm.global_lexicals[name]
            from minijs.interpreter.frame import THE_HOLE
            if v is THE_HOLE:
                raise errors.reference_error("Cannot access '%s' before initialization" % name)
            return v
        g = realm.global_object
        if not g.has_property(name):
            raise errors.reference_error("%s is not defined" % name)
        return g.get(name)

    def get(self, name: str) -> Any:
        """The value of the global `name` (a dotted path also works),
        converted to Python; a missing global raises JSError
        (ReferenceError)."""
        return self._run(lambda: self._to_python(self._lookup(name)[1]))

    def set(self, name: str, value: Any) -> None:
        """Set the global `name` (a property of the global object, or a
        global let binding) to `value` converted to JS."""
        def work():
            from minijs.syntax.source import to_utf16_units
            key = to_utf16_units(name)
            js = self._to_js(value)
            realm = self._realm
            if key in realm.global_lexicals:
                from minijs.runtime import errors
                if key in realm.global_const:
                    raise errors.type_error("Assignment to constant variable.")
                realm.global_lexicals[key] = js
            else:
                realm.global_object.set(key, js)
        self._run(work)

    def expose(self, name: str, fn: Callable[..., Any]) -> None:
        """Make the Python callable `fn` a global JS function `name`.  JS
        calls it with its arguments converted to Python; its result is
        converted back.  An exception it raises becomes a JS Error (a
        JSError it lets through is rethrown as the original JS value); a
        time or memory limit error stays uncatchable."""
        if not callable(fn):
            raise TypeError("expose() needs a callable")

        def work():
            from minijs.builtins.support import define_value, make_function
            from minijs.runtime.shapes import CONFIGURABLE, WRITABLE
            from minijs.syntax.source import to_utf16_units
            js_fn = make_function(self._realm, self._host_function(fn), to_utf16_units(name),
                                  _arity(fn))
            define_value(self._realm.global_object, to_utf16_units(name), js_fn, WRITABLE | CONFIGURABLE)
        self._run(work)

    def _host_function(self, fn):
        def host_function(this, args):
            from minijs.runtime import errors
            from minijs.runtime.errors import JSThrow
            py_args = [self._to_python(a) for a in args]
            try:
                result = fn(*py_args)
            except JSError as exc:
                raise _rethrow(exc, self) from None
            except TimeoutError:
                raise TimeLimitInterrupt() from None
            except MemoryLimitError:
                raise MemoryLimitInterrupt() from None
            except JSThrow:
                raise
            except Exception as exc:
                # Only a message crosses: never the Python exception itself.
                raise JSThrow(errors.make_error(
                    "Error", "%s: %s" % (type(exc).__name__, exc))) from None
            return self._to_js(result)
        return host_function

    def run_until_idle(self) -> None:
        """Run the event loop until no timer, immediate or microtask is
        left (timers fire when due: this sleeps until then).  An error
        thrown by a callback raises JSError (the rest stays queued)."""
        def work():
            loop = self._loop
            loop.run_ticks_and_rejections()
            loop.run()
            loop.run_ticks_and_rejections()
        self._run(work)


def _rethrow(exc, context):
    """A JSError raised inside a Python function called from JS, back as
    a JS exception: the thrown value itself when it came from this
    context, else a new error with its name and message."""
    from minijs.runtime import errors
    from minijs.runtime.errors import JSThrow
    origin = getattr(exc, "_thrown", None)
    if origin is not None and origin[0] is context:
        return JSThrow(origin[1])
    name = exc.name if exc.name in _ERROR_NAMES else "Error"
    return JSThrow(errors.make_error(name, exc.message))


_ERROR_NAMES = frozenset(("Error", "TypeError", "RangeError", "SyntaxError", "ReferenceError",
                          "EvalError", "URIError"))


def _arity(fn):
    import inspect
    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return 0
    return sum(1 for p in params if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
               and p.default is p.empty)
