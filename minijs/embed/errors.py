"""The exceptions a `minijs.Context` raises in Python."""

from typing import Any, Optional

__all__ = ["JSError", "TimeoutError", "MemoryLimitError", "ConversionError"]

_BuiltinTimeoutError = TimeoutError


class JSError(Exception):
    """A JS exception that left the JS code: `name` is the JS type name
    ("TypeError", "RangeError", ...; "" when the thrown value was not an
    error object), `message` its message, `stack` the JS stack text (as
    `error.stack` reads, or ""), `value` the thrown value converted to
    Python (JSON-like, best effort)."""

    def __init__(self, name: str, message: str, stack: str = "", value: Any = None) -> None:
        super().__init__("%s: %s" % (name, message) if name else message)
        self.name = name
        self.message = message
        self.stack = stack
        self.value = value


class TimeoutError(_BuiltinTimeoutError):
    """The call ran past the context's time limit (JS cannot catch this)."""


class MemoryLimitError(MemoryError):
    """The JS heap grew past the context's memory limit (JS cannot catch
    this).  The context stays usable, but what JS keeps alive stays."""


class ConversionError(TypeError):
    """A value has no counterpart on the other side (a Python object that
    is not JSON-like, a JS symbol, a function of another context)."""

    def __init__(self, message: str, value: Optional[Any] = None) -> None:
        super().__init__(message)
