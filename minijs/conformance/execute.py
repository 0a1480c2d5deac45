"""Run one variant of one test262 test and judge it (INTERPRETING.md,
"Test Results" and "negative").

    judge(test, variant, harness) -> (outcome, message)

A fresh realm per variant; the harness (assert.js, sta.js, doneprintHandle.js
for `async`, then `includes`) runs first as separate scripts unless `raw`.
Outcomes: PASS, FAIL (the test's verdict went the wrong way) and ERROR (a
Python exception escaped the engine: an engine bug, still a failed test).
A construct minijs cannot compile yet ("... (minijs cannot compile this
yet)") is a FAIL like any other missing feature -- also for a negative
parse test, since that is no early error.
"""

import traceback

from minijs.conformance import suite
from minijs.conformance.harness import ASYNC_HARNESS, DEFAULT_HARNESS, TestHost
from minijs.conformance.modules import TestModuleLoader
from minijs.engine import compile_script, run_script
from minijs.interpreter.module_records import SourceTextModule, evaluate, link, load_requested_modules
from minijs.interpreter.state import STATE
from minijs.runtime import errors
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.realm import set_current
from minijs.syntax.errors import JSSyntaxError

__all__ = ["judge", "PASS", "FAIL", "ERROR", "CANNOT_COMPILE"]

PASS, FAIL, ERROR = "pass", "fail", "error"
CANNOT_COMPILE = "(minijs cannot compile this yet)"
ASYNC_COMPLETE = "Test262:AsyncTestComplete"
ASYNC_FAILURE = "Test262:AsyncTestFailure:"
_MESSAGE_MAX = 400


class _Verdict(Exception):
    """Ends a judgement early with (outcome, message)."""

    def __init__(self, outcome, message):
        super().__init__(outcome, message)
        self.outcome, self.message = outcome, message


def harness_files(test):
    """The harness files a test runs, in order (none for `raw`)."""
    if "raw" in test.flags:
        return []
    files = list(DEFAULT_HARNESS)
    if "async" in test.flags:
        files.append(ASYNC_HARNESS)
    files.extend(f for f in test.includes if f not in files)
    return files


def judge(test, variant, harness):
    """(outcome, message) of running `test` as `variant` (suite.SLOPPY /
    STRICT / MODULE) with the compiled harness files of `harness`."""
    STATE.frame = None
    try:
        outcome, message = _judge(test, variant, harness)
    except _Verdict as v:
        outcome, message = v.outcome, v.message
    except Exception as e:
        outcome, message = ERROR, _internal(e)
    finally:
        STATE.frame = None
        set_current(None)
    return outcome, message[:_MESSAGE_MAX]


def _judge(test, variant, harness):
    negative = test.negative
    phase = test.negative_phase
    expected_type = negative.get("type") if negative else None
    host = TestHost()
    realm = host.realm

    for name in harness_files(test):
        try:
            code = harness.code(name)
        except JSSyntaxError as err:
            raise _Verdict(FAIL, f"harness {name} does not compile: {err.message}")
        except Exception as e:
            raise _Verdict(ERROR, f"harness {name} does not compile: {_internal(e)}")
        try:
            run_script(code, realm)
        except JSThrow as exc:
            raise _Verdict(FAIL, f"harness {name} threw {_describe(exc.value, host)}")

    text, module = suite.variant_source(test.source, variant)
    try:
        code = compile_script(text, test.path, module)
    except JSSyntaxError as err:
        if err.message.endswith(CANNOT_COMPILE):
            return FAIL, "SyntaxError: " + err.message
        if phase == "parse" and expected_type == "SyntaxError":
            return PASS, ""
        return FAIL, "SyntaxError: " + err.message
    if phase == "parse":
        return FAIL, f"compiled, but a parse-phase {expected_type} was expected"
    host.modules = TestModuleLoader(realm, test.file)
    if module:
        verdict = _load_and_link(test, code, host, phase, expected_type)
        if verdict is not None:
            return verdict
    elif phase == "resolution":
        return FAIL, f"a resolution-phase {expected_type} was expected of a script"

    try:
        if module:
            _evaluate(host.modules.root, host)
        else:
            run_script(code, realm)
        host.run_jobs()
    except JSThrow as exc:
        name = _error_name(exc.value, host)
        if phase == "runtime" and name == expected_type:
            return PASS, ""
        if phase == "runtime":
            return FAIL, f"expected {expected_type}, got {_describe(exc.value, host)}"
        return FAIL, "uncaught " + _describe(exc.value, host)
    if phase == "runtime":
        return FAIL, f"completed, but a runtime {expected_type} was expected"

    if "async" in test.flags:
        for line in host.printed:
            if line.startswith(ASYNC_FAILURE):
                return FAIL, line
        if ASYNC_COMPLETE in host.printed:
            return PASS, ""
        return FAIL, f"async test never printed {ASYNC_COMPLETE} (its jobs ran out)"
    return PASS, ""


# ---------------------------------------------------------------- modules

def _load_and_link(test, code, host, phase, expected_type):
    """Load and link a module test's graph: a verdict when that ends the
    test (a resolution-phase error, expected or not), else None."""
    realm = host.realm
    previous = set_current(realm)
    try:
        root = SourceTextModule(code, realm, str(test.file))
        host.modules.add(test.file, root)
        host.modules.root = root
        loading = load_requested_modules(root)
        try:
            if loading.promise_state == "rejected":
                raise JSThrow(loading.promise_result)
            link(root)
        except JSThrow as exc:
            name = _error_name(exc.value, host)
            if phase == "resolution" and name == expected_type:
                return PASS, ""
            return FAIL, "loading or linking threw " + _describe(exc.value, host)
    finally:
        set_current(previous)
    if phase == "resolution":
        return FAIL, f"linked, but a resolution-phase {expected_type} was expected"
    return None


def _evaluate(root, host):
    """Evaluate the module graph; its promise's rejection is thrown."""
    previous = set_current(host.realm)
    try:
        promise = evaluate(root)
    finally:
        set_current(previous)
    host.run_jobs()
    if promise.promise_state == "rejected":
        raise JSThrow(promise.promise_result)


# ---------------------------------------------------------------- describing errors

def _error_name(value, host):
    """`value.constructor.name` (how runners compare a thrown error with a
    negative test's `type`), or None."""
    if not isinstance(value, JSObject):
        return None
    previous = set_current(host.realm)
    try:
        ctor = value.get("constructor", value)
        if isinstance(ctor, JSObject):
            name = ctor.get("name", ctor)
            if type(name) is str:
                return name
    except JSThrow:
        pass
    finally:
        set_current(previous)
    return None


def _describe(value, host):
    """`Name: message` of a thrown value, without letting a throwing getter
    or toString escape."""
    if not isinstance(value, JSObject):
        return errors.display_value(value)
    name = _error_name(value, host) or "object"
    previous = set_current(host.realm)
    try:
        message = value.get("message", value)
        text = message if type(message) is str else None
    except JSThrow:
        text = None
    finally:
        set_current(previous)
    return f"{name}: {text}" if text else name


def _internal(e):
    """One line for a Python exception: type, message, innermost frame."""
    where = ""
    tb = traceback.extract_tb(e.__traceback__)
    if tb:
        frame = tb[-1]
        where = f" at {frame.filename.rsplit('minijs/', 1)[-1]}:{frame.lineno}"
    return f"internal error: {type(e).__name__}: {e}"[:300] + where
