"""The Atomics object (ECMA-262 25.4).

minijs runs a single agent, so every operation is trivially atomic: it
reads and writes the element through the typed array's view.  What is
left is the spec's argument validation and conversion order, which
test262 checks closely.  Atomics.wait behaves as on node's main thread
(an agent that can block): "not-equal" when the value differs, otherwise
it sleeps for the timeout (nothing else can notify it) and returns
"timed-out".  Atomics.waitAsync (ES2024) registers a waiter whose
promise Atomics.notify resolves with "ok" (notify returns how many it
woke); a finite timeout resolves it with "timed-out" through the host's
setTimeout when the realm has one (the node host), otherwise only a
notify settles it.
"""

import math
import time
import weakref

from minijs.builtins.arraybuffer import to_index_or_throw
from minijs.builtins.class_support import define_tag
from minijs.builtins.support import arg, define_methods, define_value, make_function
from minijs.runtime.calls import call
from minijs.runtime.ordinary import create_data_property
from minijs.runtime import errors
from minijs.runtime.intconv import to_integer_or_infinity
from minijs.runtime.interrupt import interruptible_sleep
from minijs.runtime.objects import JSObject
from minijs.runtime.operations import number, to_number
from minijs.runtime.typed_arrays import (
    SharedArrayBufferObject, TypedArrayObject, from_element, to_big_int)
from minijs.runtime.values import UNDEFINED, is_callable

__all__ = ["install"]

_INTEGER_KINDS = frozenset(("Int8Array", "Uint8Array", "Int16Array", "Uint16Array",
                            "Int32Array", "Uint32Array", "BigInt64Array", "BigUint64Array"))
_WAITABLE_KINDS = frozenset(("Int32Array", "BigInt64Array"))


def _validate_integer_typed_array(ta, waitable=False):
    """ValidateIntegerTypedArray (25.4.3.1)."""
    if not isinstance(ta, TypedArrayObject):
        raise errors.type_error("%s is not a typed array" % errors.display_value(ta))
    if ta.buffer.data is None:
        raise errors.type_error("Cannot perform Atomics operation on a detached ArrayBuffer")
    kinds = _WAITABLE_KINDS if waitable else _INTEGER_KINDS
    if ta.kind.name not in kinds:
        raise errors.type_error("%s is not an integer%s typed array"
                                % (errors.display_value(ta), " shared" if waitable else ""))
    return ta


def _validate_atomic_access(ta, request_index):
    """ValidateAtomicAccess (25.4.3.2): the element index, or RangeError."""
    length = ta.length()            # read before ToIndex runs user code
    index = to_index_or_throw(request_index, "Invalid atomic access index")
    if index >= length:
        raise errors.range_error("Invalid atomic access index")
    return index


def _revalidate(ta, index):
    """RevalidateAtomicAccess (25.4.3.3): value conversion may have run JS
    that detached the buffer."""
    if ta.buffer.data is None:
        raise errors.type_error("Cannot perform Atomics operation on a detached ArrayBuffer")
    if index >= ta.length():
        raise errors.range_error("Invalid atomic access index")


def _operand(ta, v):
    """ToBigInt or ToIntegerOrInfinity of an operand: the mathematical
    value (a Python int, or +-inf) before the element-type conversion."""
    if ta.kind.bigint:
        return to_big_int(v).value
    return to_integer_or_infinity(to_number(v))


def _js_value(ta, v):
    """The JS value of an operand as `store` returns it (no wrapping)."""
    if ta.kind.bigint:
        return from_element(ta.kind, v)
    return number(v) if type(v) is int else v


def _read_modify_write(combine):
    """AtomicReadModifyWrite (25.4.3.17) with `combine(old, operand)`."""
    def op(this, args):
        ta = _validate_integer_typed_array(arg(args, 0))
        index = _validate_atomic_access(ta, arg(args, 1))
        v = _operand(ta, arg(args, 2))
        _revalidate(ta, index)
        old = ta.view[index]
        if v in (math.inf, -math.inf):
            v = 0               # ToIntN of an infinity; the spec converts before combining
        ta.view[index] = ta.kind.convert(combine(old, v))
        return from_element(ta.kind, old)
    return op


def load(this, args):                                               # 25.4.9
    ta = _validate_integer_typed_array(arg(args, 0))
    index = _validate_atomic_access(ta, arg(args, 1))
    _revalidate(ta, index)
    return from_element(ta.kind, ta.view[index])


def store(this, args):                                              # 25.4.12
    ta = _validate_integer_typed_array(arg(args, 0))
    index = _validate_atomic_access(ta, arg(args, 1))
    v = _operand(ta, arg(args, 2))
    _revalidate(ta, index)
    ta.view[index] = ta.kind.convert(0 if v in (math.inf, -math.inf) else v)
    return _js_value(ta, v)


def compare_exchange(this, args):                                   # 25.4.5
    ta = _validate_integer_typed_array(arg(args, 0))
    index = _validate_atomic_access(ta, arg(args, 1))
    expected = _operand(ta, arg(args, 2))
    replacement = _operand(ta, arg(args, 3))
    _revalidate(ta, index)
    convert = ta.kind.convert
    old = ta.view[index]
    # The comparison is of the element's bytes: both sides in the element type.
    if old == convert(0 if expected in (math.inf, -math.inf) else expected):
        ta.view[index] = convert(0 if replacement in (math.inf, -math.inf) else replacement)
    return from_element(ta.kind, old)


def is_lock_free(this, args):                                       # 25.4.8
    n = to_integer_or_infinity(to_number(arg(args, 0)))
    return n in (1, 2, 4, 8)    # node/V8 on 64-bit hosts


def _wait_timeout_ms(v):
    q = to_number(v)
    if q != q or q == math.inf:
        return math.inf
    return max(q, 0)


def wait(this, args):                                               # 25.4.13 (DoWait sync)
    ta, index, value, timeout = _wait_arguments(args)
    if ta.view[index] != value:
        return "not-equal"
    # No other agent exists to notify this one: it wakes when the time is
    # up (sleeping in slices: a time limit or Ctrl-C must still stop it).
    if timeout == math.inf:
        while True:
            interruptible_sleep(3600)
    interruptible_sleep(timeout / 1000.0)
    return "timed-out"


def _int_operand(v):
    n = to_number(v)
    return 0 if n != n or n in (math.inf, -math.inf) else int(n)


# Async waiters (25.4.3.14 DoWait async): buffer -> {byte index: list of
# promise capabilities, in the order they started waiting}.  Weak: once
# the buffer is unreachable nothing can notify its waiters.
_waiters = weakref.WeakKeyDictionary()


def _wait_arguments(args):
    """DoWait steps 1-8 shared by wait and waitAsync: (ta, index, value, timeout ms)."""
    ta = _validate_integer_typed_array(arg(args, 0), waitable=True)
    if type(ta.buffer) is not SharedArrayBufferObject:
        raise errors.type_error("%s is not a shared typed array." % errors.display_value(ta))
    index = _validate_atomic_access(ta, arg(args, 1))
    value = ta.kind.convert(_operand(ta, arg(args, 2)) if ta.kind.bigint
                            else _int_operand(arg(args, 2)))
    return ta, index, value, _wait_timeout_ms(arg(args, 3))


def wait_async(this, args):                                         # ES2024 25.4.14
    from minijs.builtins.promise_core import new_capability
    from minijs.runtime import realm as realms
    ta, index, value, timeout = _wait_arguments(args)
    realm = realms.current()
    result = JSObject(realm.intrinsics["ObjectPrototype"])
    if ta.view[index] != value:
        outcome = (False, "not-equal")
    elif timeout == 0:
        outcome = (False, "timed-out")
    else:
        capability = new_capability(realm)
        key = (ta.buffer, ta.byte_offset + index * ta.kind.size)
        _waiters.setdefault(ta.buffer, {}).setdefault(key[1], []).append(capability)
        if timeout != math.inf:
            _schedule_timeout(realm, key, capability, timeout)
        outcome = (True, capability.promise)
    create_data_property(result, "async", outcome[0])
    create_data_property(result, "value", outcome[1])
    return result


def _schedule_timeout(realm, key, capability, timeout):
    set_timeout = realm.global_object.get("setTimeout")
    if not is_callable(set_timeout):
        return                  # a host without timers: only notify wakes it

    buffer, byte_index = key       # the pending timer keeps the waiter's buffer alive

    def fire(this, args):
        waiting = _waiters.get(buffer, {}).get(byte_index)
        if waiting and capability in waiting:
            waiting.remove(capability)
            capability.resolve("timed-out")
        return UNDEFINED
    timer = call(set_timeout, UNDEFINED, (make_function(realm, fire, "", 0), timeout))
    unref = timer.get("unref") if isinstance(timer, JSObject) else UNDEFINED
    if is_callable(unref):
        call(unref, timer, ())  # like node: a pending waitAsync keeps no process alive


def notify(this, args):                                             # 25.4.11
    ta = _validate_integer_typed_array(arg(args, 0), waitable=True)
    index = _validate_atomic_access(ta, arg(args, 1))
    count = arg(args, 2)
    c = math.inf
    if count is not UNDEFINED:
        c = max(to_integer_or_infinity(to_number(count)), 0)
    if type(ta.buffer) is not SharedArrayBufferObject:
        return 0
    waiting = _waiters.get(ta.buffer, {}).get(ta.byte_offset + index * ta.kind.size)
    if not waiting:
        return 0                # no synchronous waiter can exist: one agent
    woken = waiting[:c] if c != math.inf else list(waiting)
    del waiting[:len(woken)]
    for capability in woken:
        capability.resolve("ok")
    return len(woken)


def install(realm):
    atomics = JSObject(realm.intrinsics["ObjectPrototype"])
    define_methods(realm, atomics, [
        ("add", _read_modify_write(lambda a, b: a + b), 3),
        ("and", _read_modify_write(lambda a, b: a & b), 3),
        ("compareExchange", compare_exchange, 4),
        ("exchange", _read_modify_write(lambda a, b: b), 3),
        ("isLockFree", is_lock_free, 1),
        ("load", load, 2),
        ("or", _read_modify_write(lambda a, b: a | b), 3),
        ("store", store, 3),
        ("sub", _read_modify_write(lambda a, b: a - b), 3),
        ("wait", wait, 4),
        ("waitAsync", wait_async, 4),
        ("notify", notify, 3),
        ("xor", _read_modify_write(lambda a, b: a ^ b), 3),
    ])
    define_tag(atomics, "Atomics")
    realm.intrinsics["Atomics"] = atomics
    define_value(realm.global_object, "Atomics", atomics)
