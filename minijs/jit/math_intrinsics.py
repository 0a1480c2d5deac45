"""`Math` functions the optimizing compiler turns into machine operations
(LLVM intrinsics or a few instructions) instead of calls.

Each entry takes the graph builder, the call's offset and its argument
values (numbers) and returns the result Value, or None when the call's
shape is not handled (the builder then refuses or deopts).  The builder
has already guarded that the callee is still the built-in function.
"""

from minijs.builtins import math_kernels as K
from minijs.jit.ir import F64, I32
from minijs.runtime.jsmath import js_pow

__all__ = ["MATH_FUNCTIONS", "math_object_of"]


def math_object_of(realm):
    """The realm's original Math object (what a `Math` guard expects)."""
    return realm.intrinsics.get("Math")


def _kernel(fn, arity=1):
    """A call of the interpreter's own float kernel (fdlibm ports, as in
    V8): native code calls it through the C API, so interpreted and
    compiled code give bit-identical results."""
    def emit(b, pc, args):
        if len(args) != arity:
            return None
        return b.emit("pycall_f64", F64, [b.to_f64(a) for a in args], fn)
    return emit


def _abs(b, pc, args):
    if len(args) != 1:
        return None
    x = args[0]
    if x.type == I32:
        return b.emit("iabs", I32, [x], pc=pc, reason="Math.abs of int32 minimum")
    return b.emit("fcall", F64, [x], "llvm.fabs")


def _min_max(name):
    def emit(b, pc, args):
        if len(args) != 2:
            return None
        x, y = args
        if x.type == I32 and y.type == I32:
            return b.emit("i" + name, I32, [x, y])
        return b.emit("f" + name, F64, [b.to_f64(x), b.to_f64(y)])
    return emit


def _floor_ceil(intrinsic):
    def emit(b, pc, args):
        if len(args) != 1:
            return None
        x = args[0]
        if x.type == I32:
            return x
        return b.emit("fcall", F64, [x], intrinsic)
    return emit


def _imul(b, pc, args):
    if len(args) != 2 or any(a.type != I32 for a in args):
        return None
    return b.emit("imul", I32, list(args))


def _sqrt(b, pc, args):
    if len(args) != 1:
        return None
    return b.emit("fcall", F64, [b.to_f64(args[0])], "llvm.sqrt")


MATH_FUNCTIONS = {
    "sqrt": _sqrt,
    "abs": _abs,
    "floor": _floor_ceil("llvm.floor"),
    "ceil": _floor_ceil("llvm.ceil"),
    "trunc": _floor_ceil("llvm.trunc"),
    "min": _min_max("min"),
    "max": _min_max("max"),
    "sin": _kernel(K.sin),
    "cos": _kernel(K.cos),
    "tan": _kernel(K.tan),
    "exp": _kernel(K.exp),
    "log": _kernel(K.log),
    "atan2": _kernel(K.atan2, 2),
    "pow": _kernel(js_pow, 2),
    "imul": _imul,
}
