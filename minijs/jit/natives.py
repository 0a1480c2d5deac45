"""V8's runtime functions for tests (`--allow-natives-syntax`):

    %PrepareFunctionForOptimization(f)   keep f's feedback (a no-op here)
    %OptimizeFunctionOnNextCall(f)       compile f, synchronously, at its next call
    %OptimizeOsr()                       enter the calling function's loop in
                                         native code at its next back edge
    %DeoptimizeNow()                     drop the calling function's native code
    %GetOptimizationStatus(f)            V8's status bits (below)
    %NeverOptimizeFunction(f)            never compile f

With the flag, the lexer reads `%Name` where an operand is expected as
the identifier `%Name` (syntax/driver.py), and these functions are
non-enumerable properties of the global object under those names, so the
rest of the engine sees an ordinary call.
"""

from minijs.builtins.support import arg, define_value, make_function
from minijs.interpreter.function import JSFunction
from minijs.jit import tiering
from minijs.runtime import errors
from minijs.runtime.shapes import CONFIGURABLE, WRITABLE
from minijs.runtime.values import UNDEFINED

__all__ = ["install_natives", "optimization_status"]

# V8's OptimizationStatus bits (src/runtime/runtime.h)
IS_FUNCTION = 1 << 0
NEVER_OPTIMIZE = 1 << 1
OPTIMIZED = 1 << 4
MAGLEVVED = 1 << 5
TURBOFANNED = 1 << 6
INTERPRETED = 1 << 7
MARKED_FOR_OPTIMIZATION = 1 << 8
IS_LAZY = 1 << 18


def _function(args, name):
    f = arg(args, 0)
    if not isinstance(f, JSFunction):
        raise errors.type_error("%%%s: the argument is not a JavaScript function" % name)
    return f


def optimization_status(f):
    code = f.code
    info = code.jit
    status = IS_FUNCTION
    if code.invocation_count == 0 and (info is None or not info.osr_entries):
        return status | IS_LAZY
    if info is not None and info.native is not None and code.direct is info.native:
        from minijs.jit.tiering import MAGLEV
        return status | OPTIMIZED | (MAGLEVVED if info.target == MAGLEV else TURBOFANNED)
    status |= INTERPRETED
    if info is not None:
        if info.forced:
            status |= MARKED_FOR_OPTIMIZATION
        if info.state == "never":
            status |= NEVER_OPTIMIZE
    return status


def _calling_function():
    """The innermost JS function on the stack (the caller of a native)."""
    from minijs.interpreter.stackwalk import js_frames
    for entry in js_frames():
        if entry[0] == "js" and entry[1].func is not None:
            return entry[1].func
    return None


def install_natives(realm):
    def prepare(this, args):
        _function(args, "PrepareFunctionForOptimization")
        return UNDEFINED

    def optimize_on_next_call(this, args):
        f = _function(args, "OptimizeFunctionOnNextCall")
        tiering.force_optimization(f.code)
        return UNDEFINED

    def optimize_osr(this, args):
        f = _calling_function()
        if f is not None:
            tiering.force_osr(f.code)
        return UNDEFINED

    def deoptimize_now(this, args):
        f = _calling_function()
        if f is not None:
            tiering.deoptimize(f.code, "%DeoptimizeNow")
        return UNDEFINED

    def get_status(this, args):
        return optimization_status(_function(args, "GetOptimizationStatus"))

    def never_optimize(this, args):
        f = _function(args, "NeverOptimizeFunction")
        tiering.never_optimize(f.code)
        return UNDEFINED

    for name, fn, length in (("PrepareFunctionForOptimization", prepare, 1),
                             ("OptimizeFunctionOnNextCall", optimize_on_next_call, 1),
                             ("OptimizeOsr", optimize_osr, 0),
                             ("DeoptimizeNow", deoptimize_now, 0),
                             ("GetOptimizationStatus", get_status, 1),
                             ("NeverOptimizeFunction", never_optimize, 1)):
        define_value(realm.global_object, "%" + name, make_function(realm, fn, name, length),
                     WRITABLE | CONFIGURABLE)
