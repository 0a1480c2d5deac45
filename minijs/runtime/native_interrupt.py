"""Writers of the interrupt cell that need no GIL (Linux).

JIT-compiled native code holds the GIL and runs no Python bytecode, so
no Python thread can run while it spins, not even the watchdog that
would set the interrupt cell.  Here the kernel writes the cell instead:
a daemon thread sits in read(2) through ctypes (which releases the GIL)
with the cell's address as the buffer, so

* for a deadline, read() of a timerfd stores its expiration count (>= 1)
  into the cell when the timer fires (arm_deadline / disarm_deadline);
* for Ctrl-C, read() of the pipe given to signal.set_wakeup_fd stores
  the signal number that CPython's C-level handler writes there
  (watch_signals; main thread only, and only for `minijs run`: an
  embedder's own wakeup fd is never replaced).

The cell is native code's interrupt budget (minijs/jit/interrupt.py): a
small count makes its next function entry call back into Python, where
the Python side (watchdog.py, the CLI's SIGINT handling) gets the GIL
and raises the asynchronous exception; loops call back on their own
budget, every 2**20 iterations.  A cell set for a deadline
that was disarmed meanwhile is cleared again by the thread once it runs.
"""

import ctypes
import os
import signal
import threading

from minijs.jit.interrupt import reset_budget
from minijs.runtime.wakeup_pipe import open_wakeup_pipe
from minijs.jit.layout import STATUS

__all__ = ["available", "arm_deadline", "disarm_deadline", "watch_signals"]

_CELL = STATUS.interrupt_budget_address     # see minijs/jit/interrupt.py
_CLOCK_MONOTONIC = 1
_TFD_CLOEXEC = 0o2000000


class _Timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]


class _Itimerspec(ctypes.Structure):
    _fields_ = [("it_interval", _Timespec), ("it_value", _Timespec)]


try:
    _libc = ctypes.CDLL(None, use_errno=True)
    _timerfd_create = _libc.timerfd_create
    _timerfd_settime = _libc.timerfd_settime
    _read = _libc.read
    _read.argtypes = (ctypes.c_int, ctypes.c_void_p, ctypes.c_size_t)
    _read.restype = ctypes.c_ssize_t
    _timerfd_settime.argtypes = (ctypes.c_int, ctypes.c_int, ctypes.POINTER(_Itimerspec), ctypes.c_void_p)
except (OSError, AttributeError):
    _libc = None

_lock = threading.Lock()
_timer_fd = None
_deadline_live = [False]       # a deadline is armed (else a firing is stale)


def available():
    return _libc is not None


def _reader(fd, size, after):
    """Block in read(fd, cell, size) forever (GIL released meanwhile)."""
    while True:
        n = _read(fd, _CELL, size)
        if n < 0 and ctypes.get_errno() not in (4, 11):      # EINTR, EAGAIN
            return
        after()


def _timer_fired():
    with _lock:
        if not _deadline_live[0]:
            reset_budget()             # the call it was for has ended


def arm_deadline(seconds):
    """The kernel sets the interrupt cell `seconds` from now (replacing
    an earlier deadline)."""
    global _timer_fd
    if _libc is None:
        return
    with _lock:
        if _timer_fd is None:
            fd = _timerfd_create(_CLOCK_MONOTONIC, _TFD_CLOEXEC)
            if fd < 0:
                return
            _timer_fd = fd
            threading.Thread(target=_reader, args=(fd, 8, _timer_fired), name="minijs-deadline",
                             daemon=True).start()
        seconds = max(seconds, 1e-6)
        spec = _Itimerspec()
        spec.it_value.tv_sec = int(seconds)
        spec.it_value.tv_nsec = int((seconds - int(seconds)) * 1e9) or 1
        _deadline_live[0] = True
        _timerfd_settime(_timer_fd, 0, ctypes.byref(spec), None)


def disarm_deadline():
    if _libc is None or _timer_fd is None:
        return
    with _lock:
        _deadline_live[0] = False
        _timerfd_settime(_timer_fd, 0, ctypes.byref(_Itimerspec()), None)


def watch_signals():
    """Route the C-level signal handler's wakeup byte into the interrupt
    cell (SIGINT reaches native code).  Main thread only; returns False
    when an embedder already owns the wakeup fd or this is not possible."""
    if _libc is None or threading.current_thread() is not threading.main_thread():
        return False
    pipe = open_wakeup_pipe()
    if pipe is None:
        return False
    r, w, previous = pipe
    if previous != -1:                  # someone else's: put it back
        signal.set_wakeup_fd(previous)
        os.close(r)
        os.close(w)
        return False
    threading.Thread(target=_reader, args=(r, 1, lambda: None), name="minijs-signals",
                     daemon=True).start()
    return True
