"""minijs: a JavaScript engine and runtime in Python, modelled on V8."""

__version__ = "0.1.0"
