"""minijs: a JavaScript engine and runtime in Python, modelled on V8.

Embedding: `minijs.Context` runs JavaScript with time, memory and stack
limits (minijs/embed/); JS errors come out as `minijs.JSError`.
"""

__version__ = "0.1.0"

_EMBED_NAMES = ("Context", "JSFunction", "JSError", "TimeoutError", "MemoryLimitError",
                "ConversionError")


def __getattr__(name):
    # Imported on first use: `minijs run` never pays for the embedding API.
    if name in _EMBED_NAMES:
        import minijs.embed as embed
        return getattr(embed, name)
    raise AttributeError("module 'minijs' has no attribute %r" % name)
