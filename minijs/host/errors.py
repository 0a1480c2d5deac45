"""Host-level failures that are not JS exceptions."""

__all__ = ["MainSyntaxError"]


class MainSyntaxError(Exception):
    """A syntax error in the program the host was asked to run: the CLI
    prints it as node does (file:line, source line, carets, message)."""

    def __init__(self, path, text, error):
        super().__init__(error.message)
        self.path = path
        self.text = text
        self.error = error
