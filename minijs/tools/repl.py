"""`minijs repl` (and `minijs` with no arguments on a terminal): node's REPL.

    minijs                 # a terminal: the REPL; piped stdin: run it as a script (node does)
    minijs repl            # the REPL even when stdin is a pipe (node -i)

Two threads: this one owns the terminal (readline line editing and
history in ~/.minijs_repl_history, MINIJS_REPL_HISTORY overrides, empty
disables; Ctrl+C clears the input, twice exits, and stops JS that is
running; Ctrl+D exits), the engine thread runs the JS with the big stack
deep recursion needs (repl_session.py, minijs/embed/engine_thread.py).  Multi-line input continues while the parser says the
input ended too early; dot commands: .help .exit .break/.clear .load
.save .editor.
"""

import os
import sys

__all__ = ["main", "run_stdin_script"]

HELP = """\
.break    Sometimes you get stuck, this gets you out
.clear    Alias for .break
.editor   Enter editor mode
.exit     Exit the REPL
.help     Print this help message
.load     Load JS from a file into the REPL session
.save     Save all evaluated commands in this REPL session to a file

Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL
"""

PROMPT, CONTINUE = "> ", "... "
HISTORY_LENGTH = 1000


class Repl:
    def __init__(self, run_js, session, out, terminal):
        self.run_js = run_js              # runs a function on the engine thread
        self.session = session
        self.out = out
        self.terminal = terminal
        self.buffer = []
        self.history = []           # evaluated inputs, for .save
        self.interrupted = False

    # -- input -------------------------------------------------------------------------

    def read_line(self, prompt):
        """One line, or None at end of input."""
        if self.terminal:
            try:
                return input(prompt)
            except EOFError:
                self.out.write("\n")
                return None
        self.out.write(prompt)
        self.out.flush()
        line = sys.stdin.readline()
        if not line:
            return None
        return line[:-1] if line.endswith("\n") else line

    # -- the loop --------------------------------------------------------------------------

    def run(self):
        while True:
            prompt = CONTINUE if self.buffer else PROMPT
            try:
                line = self.read_line(prompt)
            except KeyboardInterrupt:
                if self.buffer or not self.interrupted:
                    self.out.write("\n(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n"
                                   if not self.buffer else "\n")
                    self.interrupted = not self.buffer
                    self.buffer = []
                    continue
                self.out.write("\n")
                return
            self.interrupted = False
            if line is None:
                return
            if not self.buffer and line.strip().startswith("."):
                if self.command(line.strip()) == "exit":
                    return
                continue
            if self.buffer and line.strip() in (".break", ".clear"):
                self.buffer = []
                continue
            self.buffer.append(line)
            self.submit("\n".join(self.buffer))

    def submit(self, text):
        if not text.strip():
            self.buffer = []
            return
        result = self._evaluate(text)
        from minijs.tools.repl_session import INCOMPLETE
        if result is INCOMPLETE:
            return
        self.buffer = []
        self.history.append(text)
        self.out.write(result)
        self.out.flush()

    def _evaluate(self, text):
        from minijs.interpreter.ops import HostExit
        try:
            return self.run_js(lambda: self.session.evaluate(text))
        except HostExit:
            raise                              # process.exit(): the session ends
        except KeyboardInterrupt:              # Ctrl+C stopped the JS (as node reports it)
            return "Uncaught Error: Script execution was interrupted by `SIGINT`\n"
        except Exception as e:                 # noqa: BLE001 - never a traceback; the session goes on
            return "minijs: internal error: %s: %s\n" % (type(e).__name__, e)

    def command(self, line):
        name, _, rest = line.partition(" ")
        rest = rest.strip()
        if name == ".exit":
            return "exit"
        if name == ".help":
            self.out.write(HELP)
        elif name in (".break", ".clear"):
            self.buffer = []
        elif name == ".load":
            try:
                with open(rest, encoding="utf-8") as f:
                    text = f.read()
            except OSError as e:
                self.out.write("Failed to load: %s %s\n" % (rest, e.strerror or e))
                return None
            self.submit(text)
        elif name == ".save":
            try:
                with open(rest, "w", encoding="utf-8") as f:
                    f.write("\n".join(self.history) + "\n")
                self.out.write("Session saved to: %s\n" % rest)
            except OSError as e:
                self.out.write("Failed to save: %s %s\n" % (rest, e.strerror or e))
        elif name == ".editor":
            self.editor()
        else:
            self.out.write("Invalid REPL keyword\n")
        self.out.flush()
        return None

    def editor(self):
        self.out.write("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n")
        lines = []
        while True:
            try:
                line = self.read_line("")
            except KeyboardInterrupt:
                self.out.write("\n")
                return
            if line is None:
                break
            lines.append(line)
        text = "\n".join(lines)
        if text.strip():
            result = self._evaluate(text)
            from minijs.tools.repl_session import INCOMPLETE
            if result is INCOMPLETE:
                result = "Uncaught SyntaxError: Unexpected end of input\n"
            self.history.append(text)
            self.out.write(result)


def _setup_readline():
    """Line editing and the history file; returns a function saving it."""
    try:
        import readline
    except ImportError:
        return lambda: None
    path = os.environ.get("MINIJS_REPL_HISTORY")
    if path is None:
        path = os.path.join(os.path.expanduser("~"), ".minijs_repl_history")
    readline.set_history_length(HISTORY_LENGTH)
    if path:
        try:
            readline.read_history_file(path)
        except OSError:
            pass

    def save():
        if path:
            try:
                readline.write_history_file(path)
            except OSError:
                pass
    return save


def main(recursion_limit):
    """The REPL on stdin/stdout; returns the exit status."""
    from minijs.embed.engine_thread import run_on_engine_thread
    from minijs.tools.repl_session import ReplSession
    from minijs.tools.repl_sigint import SigintRelay
    from minijs.interpreter.ops import HostExit
    from minijs import __version__
    out = sys.stdout
    terminal = sys.stdin.isatty() and out.isatty()
    old_limit = sys.getrecursionlimit()
    sys.setrecursionlimit(recursion_limit)
    relay = SigintRelay()
    relay.install()
    try:
        # the JS runs on the engine thread's big stack (deep recursion);
        # Ctrl+C while it runs stops it there (minijs/embed/engine_thread.py)
        session = run_on_engine_thread(lambda: ReplSession(out))
        save_history = _setup_readline() if terminal else (lambda: None)
        out.write("Welcome to minijs v%s.\nType \".help\" for more information.\n" % __version__)
        repl = Repl(run_on_engine_thread, session, out, terminal)
        try:
            repl.run()
            run_on_engine_thread(session.finish)
        except HostExit as e:
            return e.code
        finally:
            save_history()
    finally:
        relay.uninstall()
        sys.setrecursionlimit(old_limit)
        out.flush()
    return 0
