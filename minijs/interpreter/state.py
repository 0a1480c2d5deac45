"""The interpreter's per-thread state: the running frame (the top of the
JS call stack, for stack traces and for calls from Python) and limits."""

import threading

from minijs.runtime import errors

__all__ = ["STATE", "stack_overflow", "DEFAULT_STACK_LIMIT"]

# node's default stack admits about 10,800 frames of a small recursive
# function; minijs promises at least 10,000.
DEFAULT_STACK_LIMIT = 10_800


class _State(threading.local):
    def __init__(self):
        self.frame = None
        self.stack_limit = DEFAULT_STACK_LIMIT


STATE = _State()


def stack_overflow():
    """The JSThrow for a stack overflow (V8's message)."""
    return errors.range_error("Maximum call stack size exceeded")
