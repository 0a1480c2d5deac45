"""Interrupts in native code (V8's interrupt budget and stack guard).

Native code holds the GIL and runs no Python bytecode, so neither a
signal handler (Ctrl-C) nor another thread (a time limit raising an
exception in this one with PyThreadState_SetAsyncExc) gets a turn while
it runs.  So every function entry and loop back edge in native code
spends one unit of a budget (a cell in layout.STATUS); when it is spent,
native code calls `interrupt_check`, a Python function: entering it runs
the interpreter's pending work (signal handlers, asynchronous
exceptions, handing the GIL to a waiting thread).  If that raises, native
code unwinds like for any exception.  A budget lasts about a millisecond
of a tight native loop.
"""

from minijs.jit.layout import STATUS

__all__ = ["BUDGET", "interrupt_check", "request_check", "reset_budget"]

BUDGET = 1 << 20
_BUDGET_CELL = 2


def request_check():
    """Make the next function entry in native code call interrupt_check
    (any thread may call this; loops notice within their own budget)."""
    STATUS.cells[_BUDGET_CELL] = 0


def reset_budget():
    STATUS.cells[_BUDGET_CELL] = BUDGET


def interrupt_check():
    """Called by native code when its budget is spent: a fresh budget
    (pending Python work runs on the way in)."""
    STATUS.cells[_BUDGET_CELL] = BUDGET


STATUS.cells[_BUDGET_CELL] = BUDGET
