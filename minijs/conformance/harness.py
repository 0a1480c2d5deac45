"""The test262 host: harness files, `print` and `$262` (INTERPRETING.md,
"Host-Defined Functions").

    HarnessCache   harness/*.js compiled once per worker, run in every test realm
    TestHost       one test's realm(s): print output, $262, the job queue
    HOST_LIMITS    what this host cannot provide, for the runner's skip reasons

$262 provides: global, evalScript, createRealm, gc, detachArrayBuffer
(only when the engine exposes a detach operation, see _detach_operation).
It has no `agent` (no concurrent agents: minijs runs one thread of JS),
no IsHTMLDDA and no AbstractModuleSource: tests that need those are
skipped by the runner, with the reason, never passed.
"""

import gc
from collections import deque

from minijs.builtins import create_realm
from minijs.builtins.support import arg, define_value, make_function
from minijs.engine import compile_script, run_script
from minijs.runtime import errors
from minijs.runtime import operations as ops
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.realm import set_current
from minijs.runtime.shapes import CONFIGURABLE, WRITABLE
from minijs.runtime.values import UNDEFINED
from minijs.syntax.errors import JSSyntaxError

__all__ = ["HarnessCache", "TestHost", "HOST_LIMITS", "detach_supported",
           "ASYNC_HARNESS", "DEFAULT_HARNESS"]

DEFAULT_HARNESS = ("assert.js", "sta.js")
ASYNC_HARNESS = "doneprintHandle.js"

# writable, configurable, non-enumerable (INTERPRETING.md)
_HOST_FLAGS = WRITABLE | CONFIGURABLE

# Host capabilities that are missing, as (reason, test predicate) rules the
# runner applies before running a test. A predicate gets the suite.Test.
HOST_LIMITS = (
    ("$262.agent: this host runs no concurrent agents",
     lambda t: "$262.agent" in t.source),
    ("CanBlockIsFalse: this host's agent can block ([[CanBlock]] is true, as on node's main thread)",
     lambda t: "CanBlockIsFalse" in t.flags),
    ("IsHTMLDDA: this host has no [[IsHTMLDDA]] object",
     lambda t: "IsHTMLDDA" in t.features),
    ("$262.AbstractModuleSource / <module source>: this host has no module source objects",
     lambda t: "source-phase-imports-module-source" in t.features),
    ("$262.detachArrayBuffer: the engine has no ArrayBuffer to detach",
     lambda t: (not detach_supported()
                and ("detachArrayBuffer" in t.source or "$DETACHBUFFER" in t.source))),
)


def _detach_operation():
    """DetachArrayBuffer (25.1.3.5) from the engine, or None: looked up by
    name so the harness needs no change when ArrayBuffer lands (its module
    is expected to export `detach_array_buffer(buffer, key=UNDEFINED)`)."""
    import importlib
    for module in ("minijs.builtins.arraybuffer", "minijs.runtime.arraybuffer"):
        try:
            fn = getattr(importlib.import_module(module), "detach_array_buffer", None)
        except ImportError:
            continue
        if fn is not None:
            return fn
    return None


def detach_supported():
    return _detach_operation() is not None


class HarnessCache:
    """harness/<name> compiled on first use and kept: one compilation per
    worker process, reused by every test (CodeObjects are realm-free)."""

    def __init__(self, root):
        self.dir = root / "harness" if hasattr(root, "joinpath") else f"{root}/harness"
        self.codes = {}

    def code(self, name):
        """The CodeObject of harness/<name>; raises the compile error
        (JSSyntaxError, or an internal error of the compiler) every time."""
        entry = self.codes.get(name)
        if entry is None:
            try:
                with open(f"{self.dir}/{name}", "rb") as f:
                    text = f.read().decode("utf-8")
                entry = (compile_script(text, name), None)
            except Exception as e:
                entry = (None, e)
            self.codes[name] = entry
        code, error = entry
        if error is not None:
            raise error
        return code


class TestHost:
    """The host of one test: its realm (and those made by createRealm),
    everything `print` received, and the pending jobs (HostEnqueuePromiseJob
    / HostEnqueueGenericJob land in `enqueue_job`)."""

    def __init__(self):
        self.printed = []
        self.jobs = deque()
        self.realm = self.new_realm()

    # -- realms ---------------------------------------------------------------

    def new_realm(self):
        realm = create_realm()
        realm.host = self
        previous = set_current(realm)
        try:
            from minijs.interpreter.eval_code import install_eval
            install_eval(realm)
            self._install_print(realm)
            define_value(realm.global_object, "$262", self._make_262(realm), _HOST_FLAGS)
        finally:
            set_current(previous)
        return realm

    def _install_print(self, realm):
        def print_(this, args):
            self.printed.append(ops.to_string(arg(args, 0)))
            return UNDEFINED
        define_value(realm.global_object, "print", make_function(realm, print_, "print", 1), _HOST_FLAGS)

    def _make_262(self, realm):
        obj = JSObject(realm.intrinsics["ObjectPrototype"])
        define_value(obj, "global", realm.global_object, _HOST_FLAGS)

        def eval_script(this, args):
            # ParseScript + ScriptEvaluation in this realm; a parse error
            # is a SyntaxError of this realm.
            source = ops.to_string(arg(args, 0))
            previous = set_current(realm)
            try:
                try:
                    code = compile_script(source, "evalScript")
                except JSSyntaxError as err:
                    raise errors.syntax_error(err.message) from None
            finally:
                set_current(previous)
            return run_script(code, realm)

        def create_realm_(this, args):
            other = self.new_realm()
            return other.global_object.get("$262", other.global_object)

        def gc_(this, args):
            gc.collect()
            return UNDEFINED

        def detach(this, args):
            operation = _detach_operation()
            if operation is None:
                raise errors.type_error("$262.detachArrayBuffer: this engine has no ArrayBuffer")
            operation(arg(args, 0), arg(args, 1)) if len(args) > 1 else operation(arg(args, 0))
            return UNDEFINED

        for name, fn, length in (("evalScript", eval_script, 1),
                                 ("createRealm", create_realm_, 0),
                                 ("gc", gc_, 0),
                                 ("detachArrayBuffer", detach, 1)):
            define_value(obj, name, make_function(realm, fn, name, length), _HOST_FLAGS)
        return obj

    # -- modules (conformance/modules.py) ----------------------------------------

    modules = None               # the TestModuleLoader of a test that loads modules

    def load_imported_module(self, referrer, specifier, payload):
        from minijs.interpreter.module_records import finish_loading_imported_module
        if self.modules is None:
            error = JSThrow(errors.type_error("Cannot find module '%s'" % specifier))
            finish_loading_imported_module(referrer, specifier, payload, error)
            return
        self.modules.load_imported_module(referrer, specifier, payload)

    # -- jobs -----------------------------------------------------------------

    def enqueue_job(self, job, realm=None):
        """HostEnqueuePromiseJob (9.5.5) / HostEnqueueGenericJob: `job` is a
        Python callable of no arguments, run later by run_jobs."""
        self.jobs.append((job, realm))

    def run_jobs(self):
        """Run queued jobs in order until none is left (jobs may queue more);
        a JSThrow from a job propagates (an uncaught error fails the test)."""
        while self.jobs:
            job, realm = self.jobs.popleft()
            previous = set_current(realm or self.realm)
            try:
                job()
            finally:
                set_current(previous)
