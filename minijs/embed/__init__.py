"""Embedding minijs in Python: `Context` and its exceptions (context.py)."""

from minijs.embed.context import Context, JSFunction
from minijs.embed.errors import ConversionError, JSError, MemoryLimitError, TimeoutError

__all__ = ["Context", "JSFunction", "JSError", "TimeoutError", "MemoryLimitError", "ConversionError"]
