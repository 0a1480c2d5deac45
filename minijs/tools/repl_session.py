"""The engine side of `minijs repl`: one realm (a NodeHost) in which each
input runs as a Script, so var/function/let/const/class declarations of
one input are seen by the next (the global lexical environment persists,
as between <script> tags), and node's REPL conventions: `_` and `_error`,
"Uncaught ..." reports that do not end the session, `{...}` read as an
object literal, and top-level `await` in expressions.

Everything here runs on the engine thread (repl.py owns the terminal).
"""

import re

from minijs.host.inspect import inspect
from minijs.host.inspect_strings import to_output_text
from minijs.host.node import NodeHost
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.values import UNDEFINED
from minijs.syntax.errors import JSSyntaxError

__all__ = ["ReplSession", "INCOMPLETE"]

INCOMPLETE = object()     # evaluate's answer when the input needs more lines

# What the parser says when the input stops too early: the REPL then
# waits for more lines (node's isRecoverableError).
_RECOVERABLE = ("Unexpected end of input", "Unterminated template", "Unterminated comment",
                "missing ) after argument list")

_AWAIT_DECLARATION = re.compile(r"^\s*(let|const|var)\s+([A-Za-z_$][\w$]*)\s*=\s*(await\b[\s\S]*?);?\s*$")


class _ReplHost(NodeHost):
    """A host whose uncaught errors (from callbacks, timers, promise
    jobs) are reported like the REPL's own instead of ending the process."""

    def __init__(self, session, **kw):
        self.session = session
        NodeHost.__init__(self, **kw)

    def uncaught(self, exc, from_promise=False):
        self.session.write(self.session.uncaught_text(exc.value))


class ReplSession:
    def __init__(self, stdout):
        self.out = stdout
        self.host = _ReplHost(self, argv=[], stdout=stdout, script_path=None)
        self.realm = self.host.realm
        self.counter = 0
        self.last = UNDEFINED
        self.last_error = UNDEFINED
        self.underscore_live = True
        self.underscore_error_live = True
        self._install_underscores()

    def write(self, text):
        self.out.write(text)
        self.out.flush()

    # -- `_` and `_error` (node: accessors until the user assigns them) ----------------------

    def _install_underscores(self):
        from minijs.builtins.support import define_accessor, define_value
        from minijs.runtime.shapes import CONFIGURABLE, WRITABLE
        g = self.realm.global_object

        def make(name, attr, flag):
            def get(this, args):
                return getattr(self, attr)

            def set_(this, args):
                value = args[0] if args else UNDEFINED
                if getattr(self, flag):
                    setattr(self, flag, False)
                    self.write("Expression assignment to %s now disabled.\n" % name)
                define_value(g, name, value, CONFIGURABLE | WRITABLE)
                return UNDEFINED
            define_accessor(self.realm, g, name, get, set_, CONFIGURABLE)
        make("_", "last", "underscore_live")
        make("_error", "last_error", "underscore_error_live")

    # -- evaluation --------------------------------------------------------------------------

    def compile(self, text):
        """A CodeObject for one input, INCOMPLETE, or raises JSSyntaxError."""
        from minijs.engine import compile_script
        self.counter += 1
        name = "REPL%d" % self.counter
        stripped = text.strip()
        if stripped.startswith("{") and stripped.endswith("}"):
            try:                       # node: `{a: 1}` is an object literal, not a block
                return compile_script("(" + text + ")", name)
            except JSSyntaxError:
                pass
        try:
            return compile_script(text, name)
        except JSSyntaxError as err:
            if any(err.message.startswith(m) for m in _RECOVERABLE):
                self.counter -= 1
                return INCOMPLETE
            if "await" in text:
                wrapped = self._await_wrapper(text, name)
                if wrapped is not None:
                    return wrapped
            raise

    def _await_wrapper(self, text, name):
        """Top-level await: an expression runs in an async arrow; a single
        `let/const/var x = await ...` awaits the value, then declares x."""
        from minijs.engine import compile_script
        m = _AWAIT_DECLARATION.match(text)
        body = m.group(3) if m else text.rstrip().rstrip(";")
        try:
            code = compile_script("(async () => (%s))()" % body, name)
        except JSSyntaxError:
            return None
        code.repl_declaration = (m.group(1), m.group(2)) if m else None
        return code

    def evaluate(self, text):
        """Run one input; returns INCOMPLETE or the text to print."""
        from minijs.engine import run_script
        try:
            code = self.compile(text)
        except JSSyntaxError as err:
            return "Uncaught SyntaxError: %s\n" % err.message
        if code is INCOMPLETE:
            return INCOMPLETE
        try:
            value = run_script(code, self.realm)
            declaration = getattr(code, "repl_declaration", False)
            if declaration is not False:
                value = self._settle(value)
                if declaration is not None:
                    self._declare(declaration, value)
                    value = UNDEFINED
        except JSThrow as exc:
            self.host.loop.run_ticks_and_rejections()
            return self.uncaught_text(exc.value)
        except RecursionError:
            return "Uncaught RangeError: Maximum call stack size exceeded\n"
        self.host.loop.run_ticks_and_rejections()
        self.last = value
        return self.show(value)

    def _settle(self, promise):
        """Run jobs and timers until the async wrapper's promise settles."""
        from minijs.builtins.promise_core import FULFILLED, PENDING, REJECTED
        loop = self.host.loop
        loop.run_ticks_and_rejections()
        while getattr(promise, "promise_state", None) == PENDING and loop.alive():
            loop.run_timers()
            loop.run_ticks_and_rejections()
            if getattr(promise, "promise_state", None) == PENDING:
                loop.run()
        state = getattr(promise, "promise_state", None)
        if state == REJECTED:
            promise.is_handled = True
            raise JSThrow(promise.promise_result)
        if state == FULFILLED:
            return promise.promise_result
        return promise

    def _declare(self, declaration, value):
        from minijs.engine import compile_script, run_script
        kind, name = declaration
        self.realm.global_object.set("__minijs_repl_value", value)
        try:
            run_script(compile_script("%s %s = globalThis.__minijs_repl_value" % (kind, name),
                                      "REPL%d" % self.counter), self.realm)
        finally:
            self.realm.global_object.delete("__minijs_repl_value")

    def run_pending(self):
        """Timers and jobs that are due (between inputs and at the end)."""
        loop = self.host.loop
        loop.run_ticks_and_rejections()

    def finish(self):
        """At the end of the session: run the event loop dry, as node does."""
        loop = self.host.loop
        loop.run_ticks_and_rejections()
        loop.run()

    # -- printing ------------------------------------------------------------------------------

    def show(self, value):
        return to_output_text(inspect(value, realm=self.realm)) + "\n"

    def uncaught_text(self, value):
        """node's REPL report: "Uncaught " and the error's stack without the
        frames of the REPL input's top level (the stack is trimmed in the
        error too, so `_error` shows the same)."""
        self.last_error = value
        if _is_error(value):
            stack = value.get("stack")
            if isinstance(stack, str):
                lines = stack.split("\n")
                keep = [lines[0]]
                for line in lines[1:]:
                    if re.match(r"\s+at REPL\d+:", line) or "REPL" not in line:
                        break                  # the input's own top level: node stops here
                    keep.append(line)
                stack = "\n".join(keep)
                try:
                    value.set("stack", stack)
                except JSThrow:
                    pass
                return "Uncaught " + to_output_text(stack) + "\n"
        try:
            return "Uncaught " + to_output_text(inspect(value, realm=self.realm)) + "\n"
        except JSThrow:
            return "Uncaught exception\n"


def _is_error(value):
    return isinstance(value, JSObject) and getattr(value, "class_name", "") == "Error"
