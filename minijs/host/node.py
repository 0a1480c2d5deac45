"""The node-style host: a realm with `console`, `process`, `require`, the
timer globals, and the main program run as a CommonJS module followed by
the event loop (what `minijs run` does).

A NodeHost owns one realm and the process-level state: argv, stdout/
stderr writers, the CommonJS module cache, the event loop (event_loop.py,
whose microtask queue receives the engine's jobs: this object is the
realm's host in the sense of minijs/runtime/jobs.py) and the rejection
tracker.  Uncaught errors go through `uncaught`, which does what node's
process._fatalException does: 'uncaughtException' listeners, else
'exit' listeners, node's report on stderr (report.py), exit code 1.
"""

import gc
import os

from minijs.builtins import create_realm
from minijs.builtins.error import stack_frames
from minijs.builtins.support import define_value, make_function, arg
from minijs.engine import CJS_PARAMS, compile_function_wrapper
from minijs.interpreter.ops import HostExit
from minijs.runtime import errors
from minijs.runtime import operations as ops
from minijs.runtime.calls import call
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.realm import set_current
from minijs.runtime.shapes import CONFIGURABLE, ENUMERABLE, WRITABLE
from minijs.runtime.values import UNDEFINED
from minijs.host.cjs_resolve import NotExported, resolve_require
from minijs.host.console import install_console
from minijs.host.core_modules.globals import install_core_globals
from minijs.host.core_modules.names import core_module_name
from minijs.host.dom_exception import install_dom_exception
from minijs.host.errors import MainSyntaxError
from minijs.host.event_loop import EventLoop
from minijs.host.inspect_strings import to_output_text
from minijs.host.performance import install_performance
from minijs.host.process import exit_code_of, install_process
from minijs.host.rejections import RejectionTracker
from minijs.host.structured_clone import install_structured_clone
from minijs.host.base64_globals import install_base64
from minijs.host.text_coding import install_text_coding
from minijs.host.timers import install_timers
from minijs.syntax.errors import JSSyntaxError
from minijs.syntax.source import decode_source_bytes, to_utf16_units

__all__ = ["NodeHost"]

# Young / middle / old generation thresholds of the Python collector
# while a program runs (measured: a 100,000-link promise chain runs
# ~1.4x faster than with CPython's default (700, 10, 10)).
_GC_THRESHOLD = (50_000, 20, 20)

# node's exit code when an 'uncaughtException' listener itself throws.
EXIT_HANDLER_THREW = 7


def _trace_frames():
    """console.trace's frames: the JS stack below console.trace itself."""
    lines = stack_frames(11)
    if lines and lines[0].startswith("    at console.trace "):
        lines = lines[1:]
    return lines[:10]


def _closed_pipe(stream):
    """The reader of `stream` went away (`minijs run x.js | head -1`):
    later output goes nowhere and the program goes on, as node's console
    does; the stream's descriptor points at /dev/null so Python's final
    flush does not complain either."""
    sink = open(os.devnull, "w")
    try:
        os.dup2(sink.fileno(), stream.fileno())
    except (AttributeError, OSError, ValueError):
        pass
    return sink


class NodeHost:
    def __init__(self, argv=(), stdout=None, stderr=None, script_path=None, js_is_module=False):
        import sys
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.argv = list(argv)
        self.script_path = script_path
        self.modules = {}            # absolute path -> module object
        self.js_is_module = js_is_module     # `run --module`: .js files are ES modules
        self._esm = None
        self._core_modules = None    # core_modules/loader.py, made on the first require('fs') etc.
        self.on_compile = None       # hook: called with each compiled CodeObject
        self.exiting = False         # process._exiting: 'exit' was emitted
        self.warned = False          # the --trace-warnings hint was printed
        self.loop = EventLoop(self.uncaught)
        self.rejections = RejectionTracker(self.emit, self.fatal_from_promise, self.emit_warning)
        self.loop.process_rejections = self.rejections.process
        self.realm = create_realm()
        self.realm.host = self
        self.loop.default_realm = self.realm
        set_current(self.realm)
        self._install()

    # -- writers -----------------------------------------------------------

    def write_out(self, text):
        try:
            self.stdout.write(text)
        except BrokenPipeError:
            self.stdout = _closed_pipe(self.stdout)

    def write_err(self, text):
        try:
            self.stderr.write(text)
        except BrokenPipeError:
            self.stderr = _closed_pipe(self.stderr)

    # -- the engine's host hooks (minijs/runtime/jobs.py) ---------------------

    def enqueue_job(self, job, realm=None):
        self.loop.microtasks.enqueue_job(job, realm)

    def enqueue_cleanup_job(self, job):
        self.loop.cleanup_jobs.append(job)

    def promise_rejection_tracker(self, promise, operation):
        self.rejections.track(promise, operation)

    def run_jobs(self):
        self.loop.run_ticks_and_rejections()

    # -- ES modules (esm.py): HostLoadImportedModule, import.meta ----------------

    @property
    def esm(self):
        if self._esm is None:
            from minijs.host.esm import EsmLoader
            self._esm = EsmLoader(self, self.js_is_module)
        return self._esm

    def load_imported_module(self, referrer, specifier, payload):
        self.esm.load_imported_module(referrer, specifier, payload)

    def init_import_meta(self, meta, module):
        self.esm.init_import_meta(meta, module)

    # -- node's core modules (core_modules/) ---------------------------------------

    @property
    def core_modules(self):
        if self._core_modules is None:
            from minijs.host.core_modules.loader import CoreModules
            self._core_modules = CoreModules(self)
        return self._core_modules

    # -- globals -------------------------------------------------------------

    def _install(self):
        realm = self.realm
        console = install_console(realm, self.write_out, self.write_err,
                                  stack_trace=_trace_frames)
        console.emit_warning = lambda message: self.emit_warning(message)
        from minijs.interpreter.eval_code import install_eval
        install_eval(realm)
        self.process = install_process(self)
        install_dom_exception(realm)
        # node's `global` is the global object itself; the enumerable
        # globals come in node's order (Object.keys(globalThis))
        define_value(realm.global_object, "global", realm.global_object,
                     WRITABLE | ENUMERABLE | CONFIGURABLE)
        install_timers(realm, self.loop, self.emit_warning)
        install_structured_clone(realm)
        install_base64(realm)
        install_performance(realm)
        from minijs.jit.options import OPTIONS
        if OPTIONS.natives_syntax:
            from minijs.jit.natives import install_natives
            install_natives(realm)
        install_text_coding(realm)
        install_core_globals(self)

    # -- process events, warnings, uncaught errors --------------------------------

    def emit(self, event, args):
        """process.emit(event, ...args); a listener's exception is an
        uncaught exception (and counts as handled here)."""
        try:
            return self.process_emitter.emit(event, args)
        except JSThrow as exc:
            self.uncaught(exc)
            return True

    def emit_warning(self, message, kind="Warning", code=None, warning=None):
        """process.emitWarning: on the next tick, process 'warning' with an
        Error named `kind` (or the `warning` object given), and
        "(node:PID) [code] Type: message" on stderr (the first time
        followed by node's --trace-warnings hint)."""
        if warning is None:
            warning = errors.make_error("Error", message)
            define_value(warning, "name", kind, WRITABLE | CONFIGURABLE)
            if code:
                define_value(warning, "code", code, WRITABLE | CONFIGURABLE | ENUMERABLE)

        def emit(args):
            self.process_emitter.emit("warning", (warning,))
            text = "(node:%d) %s%s: %s\n" % (os.getpid(), "[%s] " % code if code else "",
                                            kind, message)
            if not self.warned:
                text += "(Use `node --trace-%s ...` to show where the warning was created)\n" % (
                    "deprecation" if kind == "DeprecationWarning" else "warnings")
                self.warned = True
            self.write_err(to_output_text(text))
        self.loop.ticks.append((emit, ()))

    def uncaught(self, exc, from_promise=False):
        """process._fatalException: returns when a listener handled the
        error, else reports it and ends the process (HostExit)."""
        value = exc.value
        kind = "unhandledRejection" if from_promise else "uncaughtException"
        try:
            self.process_emitter.emit("uncaughtExceptionMonitor", (value, kind))
            handled = self.process_emitter.emit("uncaughtException", (value, kind))
        except JSThrow as inner:
            from minijs.host.report import report_uncaught
            report_uncaught(self, inner)
            raise HostExit(EXIT_HANDLER_THREW) from None
        if handled:
            return
        if not self.exiting:
            self.exiting = True
            self.process.set("exitCode", 1)
            try:
                self.process_emitter.emit("exit", (1,))
            except JSThrow:
                pass
        from minijs.host.report import report_uncaught
        report_uncaught(self, exc)
        code = exit_code_of(self.process)
        raise HostExit(code if code else 1)

    def fatal_from_promise(self, error):
        self.uncaught(JSThrow(error), from_promise=True)

    def exit_with(self):
        """process.exit: 'exit' listeners run, then the process ends with
        process.exitCode."""
        if not self.exiting:
            self.exiting = True
            self.process_emitter.emit("exit", (exit_code_of(self.process),))
        raise HostExit(exit_code_of(self.process))

    # -- CommonJS ------------------------------------------------------------

    def load_module(self, path, is_main=False):
        """Run the file at `path` as a CommonJS module; returns its module object."""
        path = os.path.abspath(path)
        cached = self.modules.get(path)
        if cached is not None:
            return cached
        if path.endswith(".mjs"):
            from minijs.host.esm import node_error
            raise node_error("Error", "ERR_REQUIRE_ESM",
                             "require() of ES Module %s not supported." % path)
        realm = self.realm
        module = JSObject(realm.intrinsics["ObjectPrototype"])
        exports = JSObject(realm.intrinsics["ObjectPrototype"])
        define_value(module, "exports", exports, 7)
        define_value(module, "id", "." if not self.modules else to_utf16_units(path), 7)
        define_value(module, "filename", to_utf16_units(path), 7)
        define_value(module, "loaded", False, 7)
        self.modules[path] = module
        with open(path, "rb") as f:
            text = decode_source_bytes(f.read())
        if path.endswith(".json"):
            from minijs.runtime.calls import call as js_call
            parse = realm.intrinsics["JSON"].get("parse")
            module.set("exports", js_call(parse, UNDEFINED, (to_utf16_units(text),)))
            return module
        if text.startswith("#!"):
            text = "//" + text[2:]
        try:
            fn = compile_function_wrapper(text, path, CJS_PARAMS, realm, on_compile=self.on_compile)
        except JSSyntaxError as err:
            del self.modules[path]
            if is_main:
                raise MainSyntaxError(path, text, err) from None
            raise errors.syntax_error(err.message) from None
        require = self.make_require(os.path.dirname(path))
        call(fn, exports, (exports, require, module, to_utf16_units(path),
                           to_utf16_units(os.path.dirname(path))))
        module.set("loaded", True)
        return module

    def make_require(self, base):
        realm = self.realm

        def require(this, args):
            spec = ops.to_string(arg(args, 0))
            core = core_module_name(spec)
            if core is not None:
                return self.core_modules.require(core)
            path = self.resolve(spec, base)
            return self.load_module(path).get("exports")

        def resolve(this, args):
            spec = ops.to_string(arg(args, 0))
            if core_module_name(spec, unknown_is_error=False) is not None:
                return spec             # node: require.resolve('fs') is 'fs'
            return to_utf16_units(self.resolve(spec, base))
        fn = make_function(realm, require, "require", 1)
        define_value(fn, "resolve", make_function(realm, resolve, "resolve", 1),
                     WRITABLE | CONFIGURABLE)
        return fn

    def resolve(self, spec, base):
        try:
            path = resolve_require(spec, base)
        except NotExported as e:
            from minijs.host.esm import node_error
            raise node_error("Error", "ERR_PACKAGE_PATH_NOT_EXPORTED",
                             "Package subpath '%s' is not defined by \"exports\" in %s"
                             % (e.subpath, e.package_json)) from None
        if path is not None:
            return path
        err = errors.make_error("Error", "Cannot find module '%s'" % spec)
        define_value(err, "code", "MODULE_NOT_FOUND", 7)
        raise JSThrow(err)

    # -- running -----------------------------------------------------------------

    def run_eval_main(self, text, filename="[eval]"):
        """`minijs -e CODE`: CODE runs as a script (node's [eval]; piped
        stdin is [stdin])."""
        from minijs.engine import compile_script, run_script
        try:
            code = compile_script(text, filename)
        except JSSyntaxError as err:
            raise MainSyntaxError(filename, text, err) from None
        if self.on_compile:
            self.on_compile(code)
        from minijs.host.core_modules.globals import install_eval_globals
        install_eval_globals(self, filename)
        return self._run(lambda: run_script(code, self.realm))

    def run_main(self, path):
        """Run the main module (CommonJS, or an ES module: `.mjs`, `.js`
        under `--module` or a package.json "type": "module"), then the
        event loop; returns the process exit code.  Uncaught errors are
        reported on stderr as node does."""
        if self.esm.format_of(os.path.abspath(path), detect=False) == "module":
            return self._run(lambda: self.esm.run_main(path))
        return self._run(lambda: self._run_commonjs_main(path))

    def _run_commonjs_main(self, path):
        try:
            self.load_module(path, is_main=True)
        except MainSyntaxError as err:
            # node 20 runs a .js file outside any package "type" that only
            # parses as a module as an ES module (module syntax detection)
            if path.endswith(".js") and self.esm.format_of(os.path.abspath(path)) == "module":
                self.modules.pop(os.path.abspath(path), None)
                return self.esm.run_main(path)
            raise

    def _run(self, main):
        # A JS program allocates many short-lived objects that CPython's
        # default collector (a young collection every 700 allocations)
        # scans over and over: collect less often while JS runs.
        gc_threshold = gc.get_threshold()
        gc.set_threshold(*_GC_THRESHOLD)
        try:
            return self._run_main_and_loop(main)
        finally:
            gc.set_threshold(*gc_threshold)

    def _run_main_and_loop(self, main):
        try:
            self.loop.invoke(main)
            self.loop.run_ticks_and_rejections()
            while True:
                self.loop.run()
                # 'beforeExit' may queue more work; the loop then goes on.
                self.emit("beforeExit", (exit_code_of(self.process),))
                self.loop.run_ticks_and_rejections()
                if not self.loop.alive():
                    break
            if not self.exiting:
                self.exiting = True
                self.emit("exit", (exit_code_of(self.process),))
        except HostExit as e:
            return e.code
        return exit_code_of(self.process)
