"""`minijs repl`: node's REPL through a pipe (node -i's transcript is the
reference where node is installed) and through a pseudo-terminal."""

import os
import shutil
import subprocess
import sys
import time

import pytest

NODE = shutil.which("node")

SESSION = """\
let a = 1
a + 1
function f(x) {
  return x * 2
}
f(a)
throw new Error("boom")
null.x
throw 1
_
[1, {b: 2}, 'x']
_
let a = 5
class C { constructor() { this.v = 1 } }
new C()
function g() { throw new RangeError("deep") }
g()
_error.message
({a: 1})
{a: 1}
"str"
undefined
console.log("x")
_ = 5
_
await Promise.resolve(7)
`multi
line`
"""


def repl(text, *args, env=None):
    return subprocess.run([sys.executable, "-m", "minijs", "repl", *args], input=text,
                          capture_output=True, text=True, timeout=120, env=env)


def transcript(stdout):
    """The REPL's output after its two-line banner."""
    return stdout.split("\n", 2)[2]


def test_piped_session_prints_results_and_errors():
    r = repl(SESSION)
    assert r.returncode == 0, r.stderr
    out = transcript(r.stdout)
    assert "> 2\n" in out
    assert "> ... ... undefined\n> 2\n" in out                # multi-line function, then f(a)
    assert "> Uncaught Error: boom\n" in out
    assert "> Uncaught TypeError: Cannot read properties of null (reading 'x')\n" in out
    assert "> Uncaught 1\n> 2\n" in out                         # `_` is the last result, not the error
    assert "> [ 1, { b: 2 }, 'x' ]\n> [ 1, { b: 2 }, 'x' ]\n" in out
    assert "Uncaught SyntaxError: Identifier 'a' has already been declared" in out
    assert "> C { v: 1 }\n" in out
    assert "> Uncaught RangeError: deep\n    at g (REPL" in out
    assert "> 'deep'\n" in out
    assert out.count("{ a: 1 }") == 2                         # `{a: 1}` is an object literal
    assert "> x\nundefined\n" in out
    assert "Expression assignment to _ now disabled.\n5\n> 5\n" in out
    assert "> 7\n" in out
    assert "'multi\\nline'" in out
    assert "Traceback" not in r.stdout + r.stderr


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_piped_session_matches_node_line_for_line():
    # inputs whose output does not depend on node's internals (stack frames, versions)
    text = "\n".join(["let a = 1", "a + 1", "function f(x) {", "  return x * 2", "}", "f(a)",
                      "null.x", "throw 1", "_", "[1, {b: 2}, 'x']", "let a = 5",
                      "({a: 1})", "{a: 1}", "new Map([[1, 'one']])", "'str'", "_ = 5", "_",
                      "for (let i = 0; i < 2; i++) {", "  i", "}"]) + "\n"
    ours = transcript(repl(text).stdout)
    theirs = transcript(subprocess.run([NODE, "-i"], input=text, capture_output=True, text=True,
                                       timeout=60).stdout)
    assert ours == theirs


def test_dot_commands(tmp_path):
    lib = tmp_path / "lib.js"
    lib.write_text("var loaded = 42;\nfunction twice(x) { return 2 * x; }\n")
    saved = tmp_path / "saved.js"
    text = ".help\n.load %s\ntwice(loaded)\nfunction broken() {\n.break\n1 + 1\n.save %s\n" \
           ".nope\n.exit\n'not reached'\n" % (lib, saved)
    r = repl(text)
    out = transcript(r.stdout)
    assert ".exit     Exit the REPL" in out and ".editor   Enter editor mode" in out
    assert "> 84\n" in out
    assert "... > 2\n" in out                         # .break dropped the open function
    assert "Session saved to: %s" % saved in out
    assert "Invalid REPL keyword" in out
    assert "not reached" not in out
    assert saved.read_text().splitlines()[-1] == "1 + 1"
    assert "twice(loaded)" in saved.read_text()


def test_editor_mode_runs_everything_at_end_of_input():
    r = repl(".editor\nfunction h() {\n  return 9\n}\nh()\n")
    out = transcript(r.stdout)
    assert out == "> // Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n9\n> "


def test_process_exit_ends_the_session_with_its_code():
    r = repl("1\nprocess.exit(3)\n2\n")
    assert r.returncode == 3
    assert "> 1\n" in r.stdout and "> 2" not in r.stdout


def test_errors_in_callbacks_do_not_end_the_session():
    r = repl("setTimeout(() => { throw new Error('late') }, 1); 0\nPromise.reject(new Error('rej')); 1\n"
             "'still here'\n")
    assert r.returncode == 0
    assert "'still here'" in r.stdout and "Uncaught Error: late" in r.stdout


def test_no_arguments_with_piped_stdin_runs_a_script():
    r = subprocess.run([sys.executable, "-m", "minijs"], input="1 + 1; console.log('hi')\n",
                       capture_output=True, text=True, timeout=60)
    assert (r.returncode, r.stdout) == (0, "hi\n")
    r = subprocess.run([sys.executable, "-m", "minijs"], input="throw new Error('x')\n",
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1 and "Error: x\n    at [stdin]:1:7" in r.stderr


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="no pseudo-terminals")
def test_terminal_session_with_history(tmp_path):
    import select
    history = tmp_path / "history"
    env = dict(os.environ, MINIJS_REPL_HISTORY=str(history), TERM="dumb")
    master, slave = os.openpty()
    # minijs in a new session whose controlling terminal is the pty (so Ctrl+C is SIGINT);
    # no fork of the test process itself
    # (and with SIGINT not ignored: a test runner may ignore it, and exec keeps that)
    become_terminal_owner = ("import fcntl, os, signal, sys, termios; fcntl.ioctl(0, termios.TIOCSCTTY, 0); "
                             "signal.signal(signal.SIGINT, signal.SIG_DFL); "
                             "os.execv(sys.executable, [sys.executable, '-m', 'minijs'])")
    proc = subprocess.Popen([sys.executable, "-c", become_terminal_owner], stdin=slave, stdout=slave,
                            stderr=slave, env=env, start_new_session=True)
    os.close(slave)
    output = b""

    def read_until(marker, timeout=60, after=0):
        nonlocal output
        end = time.time() + timeout
        while marker not in output[after:] and time.time() < end:
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    output += os.read(master, 4096)
                except OSError:
                    break
        return marker in output[after:]

    try:
        assert read_until(b"> ")
        # the second line typed ahead while the first runs; then Ctrl+C as
        # the prompt is drawn (readline is not waiting in select() yet, or
        # the kernel gives SIGINT to the engine thread: repl_sigint.py)
        os.write(master, b"const sq = x => x * x\r")
        os.write(master, b"sq(12)\r")
        assert read_until(b"144\r\n> ")
        hint = b"(To exit, press Ctrl+C again or Ctrl+D or type .exit)\r\n> "
        for _ in range(3):
            start = len(output)
            os.write(master, b"\x03")              # Ctrl+C as the prompt appears: a hint, not an exit
            assert read_until(hint, timeout=10, after=start), output[-200:]
            os.write(master, b"1\r")
            assert read_until(b"> 1\r\n1\r\n> ", after=start)
        # Ctrl+C stops running JS (node's message); the session and its state go on
        start = len(output)
        os.write(master, b"let n = 0; while (true) n++\r")
        time.sleep(0.5)
        os.write(master, b"\x03")
        assert read_until(b"Uncaught Error: Script execution was interrupted by `SIGINT`", after=start)
        assert read_until(b"> ", after=output.index(b"SIGINT`", start))
        os.write(master, b"n > 0\r")
        assert read_until(b"true", after=start)
        os.write(master, b".exit\r")
        assert proc.wait(timeout=60) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(master)
    assert "sq(12)" in history.read_text()
