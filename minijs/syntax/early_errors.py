"""Early errors (static semantics) checked after parsing. Stub: being written."""


def check(program, module=False):
    """Raise JSSyntaxError for the first early error in `program`."""
    return None
