"""The one exception the front end raises for bad source text."""


class JSSyntaxError(Exception):
    """A JavaScript SyntaxError found before anything runs.

    `offset` is in UTF-16 code units into the source; `line` (1-based) and
    `column` (0-based, UTF-16 units) are filled in by `parse()` from it.
    `message` uses node's (V8's) wording where V8 has one.
    """

    def __init__(self, message, offset=0, line=None, column=None, end=None):
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.end = offset + 1 if end is None else end
        self.line = line
        self.column = column

    def __str__(self):
        if self.line is None:
            return self.message
        return f"{self.message} ({self.line}:{self.column})"
