"""Interrupts in native code (V8's interrupt budget and stack guard).

Native code holds the GIL and runs no Python bytecode, so neither a
signal handler (Ctrl-C) nor another thread (a time limit raising an
exception in this one with PyThreadState_SetAsyncExc) gets a turn while
it runs.  So every function entry and loop back edge in native code
spends one unit of a budget (a cell in layout.STATUS); when it is spent,
native code calls `interrupt_check(room)`, a Python function: entering it runs
the interpreter's pending work (signal handlers, asynchronous
exceptions, handing the GIL to a waiting thread).  If that raises, native
code unwinds like for any exception.  A budget lasts about a millisecond
of a tight native loop.
"""

from minijs.jit.layout import STATUS

__all__ = ["BUDGET", "interrupt_check", "request_check", "reset_budget", "set_call_budget"]

BUDGET = 1 << 20
_BUDGET_CELL = 2
# What the shared cell is refilled with: function entries (loops keep a
# budget of their own) until the next check.
_refill = BUDGET


def request_check():
    """Make the next function entry in native code call interrupt_check
    (any thread may call this; loops notice within their own budget)."""
    STATUS.cells[_BUDGET_CELL] = 0


def reset_budget():
    STATUS.cells[_BUDGET_CELL] = _refill


def set_call_budget(units=BUDGET):
    """Native function entries between two interrupt checks: a profiler
    asks for checks about as often as it ticks (a tick waits for one),
    then for the default again."""
    global _refill
    _refill = units
    STATUS.cells[_BUDGET_CELL] = min(STATUS.cells[_BUDGET_CELL], units)


def interrupt_check(room=-1):
    """Called by native code when its budget is spent: a fresh budget
    (pending Python work runs on the way in).

    `room` is the stack room of the native activation that called: it
    recorded itself at NATIVE_FRAMES[room] (an OSR activation leaves 0
    there), so a profiler tick taken in here reads the native stack from
    that slot outwards (tools/profile_stack.py)."""
    STATUS.cells[_BUDGET_CELL] = _refill


STATUS.cells[_BUDGET_CELL] = BUDGET
