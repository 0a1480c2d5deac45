"""Interrupting running JS from another thread (time limits, memory
limits, Ctrl-C): the host side of V8's TerminateExecution.

Why an asynchronous exception: the interpreter and baseline code are
Python, and CPython already checks for a pending asynchronous exception
at every backward jump and call (the "eval breaker"), so raising one in
the JS thread costs the interpreter nothing per instruction.  The
exception classes derive from BaseException, never from Exception: the
engine converts Exception (and only JSThrow) into JS errors, so neither
a JS `catch` nor a `finally` ever sees an interrupt, and neither does an
engine `except Exception` that would turn it into a JS error.

JIT-compiled native code runs no Python bytecode: it spends an interrupt
budget on loop back-edges and function entries and calls back into
Python when it is spent (minijs/jit/interrupt.py), where the pending
asynchronous exception then fires; setting the budget cell to 0 makes
the next function entry call back at once.

    request_interrupt(thread_id, kind)   set the cell, raise `kind` in the thread
    clear_interrupt(thread_id)           reset the cell, cancel a pending one
"""

import ctypes
import time

from minijs.jit.interrupt import request_check, reset_budget

__all__ = ["Interrupt", "TimeLimitInterrupt", "MemoryLimitInterrupt", "CancelInterrupt",
           "request_interrupt", "clear_interrupt", "set_interrupt_cell",
           "interruptible_sleep"]


_set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
_set_async_exc.argtypes = (ctypes.c_ulong, ctypes.py_object)
_set_async_exc.restype = ctypes.c_int

_clear_async_exc = ctypes.PYFUNCTYPE(ctypes.c_int, ctypes.c_ulong, ctypes.c_void_p)(
    ("PyThreadState_SetAsyncExc", ctypes.pythonapi))


class Interrupt(BaseException):
    """Running JS was stopped from outside (never catchable from JS)."""


class TimeLimitInterrupt(Interrupt):
    """The time limit of the running call passed."""


class MemoryLimitInterrupt(Interrupt):
    """The memory limit was exceeded."""


class CancelInterrupt(Interrupt):
    """The user asked to stop (Ctrl-C)."""


def request_interrupt(thread_id, kind=CancelInterrupt):
    """Stop the JS running in thread `thread_id` by raising `kind` (an
    Interrupt subclass) there; native code sees the interrupt cell.
    Returns False when no such thread exists."""
    set_interrupt_cell()
    return _set_async_exc(thread_id, kind) == 1


def clear_interrupt(thread_id=None):
    """Reset the interrupt cell and, given `thread_id`, cancel an
    asynchronous exception still pending there (requested just as the
    call ended)."""
    reset_budget()
    if thread_id is not None:
        _clear_async_exc(thread_id, None)


def set_interrupt_cell():
    """Ask native code to call back into Python soon (without raising
    anything in Python)."""
    request_check()


def interruptible_sleep(seconds):
    """time.sleep in slices of at most 10 ms: an asynchronous exception
    only fires between Python instructions, so one long sleep would
    delay an interrupt until it ends."""
    end = time.monotonic() + seconds
    while True:
        left = end - time.monotonic()
        if left <= 0:
            return
        time.sleep(left if left < 0.01 else 0.01)
