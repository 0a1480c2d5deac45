"""Runtime support for the minijs engine: pure-Python building blocks of the core."""
