"""acorn as the reference parser for differential tests.

`acorn_json(sources)` parses a whole batch of sources in ONE node process
and returns, for each, the text of

    JSON.stringify(acorn.parse(src, {ecmaVersion: 2022, sourceType,
                                     locations: true}), replacer)

(`replacer` maps BigInt values to null: acorn's `value` for `10n` is a
BigInt, which JSON cannot hold) or `{"error": message}` when acorn rejects
the source.  `node_syntax_errors(sources)` asks V8 itself (vm.Script /
vm.SourceTextModule) for its SyntaxError message, to keep the invalid
corpus honest.

acorn is installed once, pinned, from the npm registry into
`<repo>/.cache/acorn` (`npm install --prefix`).  When node or npm is
missing, or the install fails, `AcornUnavailable` is raised so that tests
can skip cleanly.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
from pathlib import Path

ACORN_VERSION = "8.19.0"
ECMA_VERSION = 2022

REPO = Path(__file__).resolve().parents[2]
CACHE_DIR = REPO / ".cache" / "acorn"
_ACORN_PKG = CACHE_DIR / "node_modules" / "acorn" / "package.json"
_DRIVER = CACHE_DIR / "driver.cjs"
_NODE_CHECK = CACHE_DIR / "node_check.cjs"

# Generous: a batch may hold megabytes of library source.
BATCH_TIMEOUT = 900


class AcornUnavailable(Exception):
    """node, npm or the acorn package cannot be had; tests should skip."""


# --- the node side ------------------------------------------------------------

# Reads a JSON array [[source, isModule], ...] from stdin and writes one
# JSON line per source: {"json": "<acorn's JSON text>"} or {"error": msg}.
# The AST text is wrapped as a JSON string so that one line == one result
# whatever the source contains (JSON.stringify escapes \n and lone
# surrogates; U+2028/U+2029 stay raw, so the Python side splits on \n only).
_DRIVER_JS = r"""
'use strict';
const path = require('path');
const acorn = require(path.join(__dirname, 'node_modules', 'acorn'));
const ECMA_VERSION = %(ecma)d;
const replacer = (key, value) => (typeof value === 'bigint' ? null : value);
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const items = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const out = [];
  for (const [source, isModule] of items) {
    let line;
    try {
      const ast = acorn.parse(source, {
        ecmaVersion: ECMA_VERSION,
        sourceType: isModule ? 'module' : 'script',
        locations: true,
      });
      line = JSON.stringify({ json: JSON.stringify(ast, replacer) });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      line = JSON.stringify({ error: message });
    }
    out.push(line);
    if (out.length >= 64) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
});
""" % {"ecma": ECMA_VERSION}

# Same protocol; the answer is V8's own SyntaxError message (or null when V8
# accepts the source).  Scripts go through vm.Script, modules through
# vm.SourceTextModule (needs --experimental-vm-modules).  Nothing is run.
_NODE_CHECK_JS = r"""
'use strict';
const vm = require('vm');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c));
process.stdin.on('end', () => {
  const items = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  const lines = [];
  for (const [source, isModule] of items) {
    let result = { error: null };
    try {
      if (isModule) new vm.SourceTextModule(source);
      else new vm.Script(source);
    } catch (e) {
      result = { error: e instanceof Error ? e.message : String(e), name: e && e.name };
    }
    lines.push(JSON.stringify(result));
  }
  process.stdout.write(lines.join('\n') + (lines.length ? '\n' : ''));
});
"""


# --- installation -------------------------------------------------------------

def _which(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise AcornUnavailable(f"`{name}` is not on PATH")
    return path


def _installed_version() -> str | None:
    try:
        return json.loads(_ACORN_PKG.read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError):
        return None


@contextlib.contextmanager
def _install_lock():
    """Serialise installs between processes (pytest-xdist workers)."""
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    lock_path = CACHE_DIR / ".install.lock"
    with open(lock_path, "w") as lock:
        try:
            import fcntl
        except ImportError:  # pragma: no cover - not POSIX
            yield
            return
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _write_if_changed(path: Path, text: str) -> None:
    try:
        if path.read_text(encoding="utf-8") == text:
            return
    except OSError:
        pass
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


_ready: Path | None = None
_failure: AcornUnavailable | None = None


def ensure_acorn() -> Path:
    """Install acorn@ACORN_VERSION into .cache/acorn if needed; return node's
    path.  Raises AcornUnavailable (and remembers it: one failed install per
    process, not one per test)."""
    global _ready, _failure
    if _ready is not None:
        return _ready
    if _failure is not None:
        raise _failure
    try:
        _ready = _install()
    except AcornUnavailable as exc:
        _failure = exc
        raise
    except OSError as exc:
        _failure = AcornUnavailable(f"cannot set up {CACHE_DIR}: {exc}")
        raise _failure from exc
    return _ready


def _install() -> Path:
    node = _which("node")
    with _install_lock():
        if _installed_version() != ACORN_VERSION:
            npm = _which("npm")
            manifest = CACHE_DIR / "package.json"
            if not manifest.exists():
                manifest.write_text(
                    '{"name": "minijs-acorn-cache", "private": true}\n',
                    encoding="utf-8")
            try:
                proc = subprocess.run(
                    [npm, "install", "--prefix", str(CACHE_DIR),
                     "--no-audit", "--no-fund", "--save-exact",
                     f"acorn@{ACORN_VERSION}"],
                    capture_output=True, text=True, timeout=300,
                )
            except (OSError, subprocess.TimeoutExpired) as exc:
                raise AcornUnavailable(f"npm install acorn failed: {exc}") from exc
            if proc.returncode != 0 or _installed_version() != ACORN_VERSION:
                tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
                raise AcornUnavailable(
                    f"npm install acorn@{ACORN_VERSION} failed "
                    f"(exit {proc.returncode}): " + " | ".join(tail))
        _write_if_changed(_DRIVER, _DRIVER_JS)
        _write_if_changed(_NODE_CHECK, _NODE_CHECK_JS)
    return Path(node)


# --- running batches ----------------------------------------------------------

def _run_batch(args: list[str], sources: list[tuple[str, bool]]) -> list[dict]:
    payload = json.dumps([[src, bool(module)] for src, module in sources])
    try:
        proc = subprocess.run(
            args, input=payload.encode("utf-8"), capture_output=True,
            timeout=BATCH_TIMEOUT,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise AcornUnavailable(f"running node failed: {exc}") from exc
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace").strip()
        raise RuntimeError(f"node exited with {proc.returncode}:\n{err[-2000:]}")
    # Split on \n only: U+2028/U+2029 may appear raw inside JSON strings.
    lines = proc.stdout.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if len(lines) != len(sources):
        raise RuntimeError(
            f"node answered {len(lines)} results for {len(sources)} sources")
    return [json.loads(line) for line in lines]


def acorn_json(sources: list[tuple[str, bool]]) -> list[str | dict]:
    """For each (source, is_module): acorn's JSON text, or {"error": msg}."""
    if not sources:
        return []
    node = ensure_acorn()
    results = _run_batch([str(node), str(_DRIVER)], sources)
    return [r["json"] if "json" in r else {"error": r["error"]} for r in results]


def node_syntax_errors(sources: list[tuple[str, bool]]) -> list[str | None]:
    """For each (source, is_module): V8's SyntaxError message, or None when
    V8 accepts it.  Raises AcornUnavailable when node is missing."""
    if not sources:
        return []
    node = ensure_acorn()
    args = [str(node), "--no-warnings", "--experimental-vm-modules",
            str(_NODE_CHECK)]
    return [r["error"] for r in _run_batch(args, sources)]


def read_source(path: Path) -> str:
    """A corpus file as JavaScript sees it: UTF-8, BOM stripped, line
    terminators (CR, CRLF, U+2028, U+2029) preserved."""
    data = Path(path).read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return data.decode("utf-8")


if __name__ == "__main__":  # python -m tests.support.acorn FILE [--module]
    import sys

    files = [a for a in sys.argv[1:] if not a.startswith("--")]
    module = "--module" in sys.argv
    for f, res in zip(files, acorn_json([(read_source(Path(f)), module or f.endswith(".mjs")) for f in files])):
        print(res if isinstance(res, str) else f"{f}: {res}")
