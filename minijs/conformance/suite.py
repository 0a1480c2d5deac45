"""The test262 suite on disk: archive extraction, tests, front matter, variants.

Shared by every conformance runner (parse-only now, execution later), so
nothing here knows how a test is judged.

The archive (test262.tar.xz, see shared/conformance/README.md) is extracted
once into <repo>/.cache/test262/ (git-ignored), with its top `test262/`
folder stripped: <cache>/test/language/..., <cache>/harness/...
"""

import hashlib
import os
import re
import shutil
import tarfile
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
CACHE_DIR = REPO_ROOT / ".cache" / "test262"
# Overrides for other checkouts / CI; otherwise the archive sits beside the repo.
ARCHIVE_ENV = "MINIJS_TEST262_ARCHIVE"
DEFAULT_ARCHIVE = REPO_ROOT.parent / "shared" / "conformance" / "test262.tar.xz"
_STAMP = ".archive-sha256"

DEFAULT_DIRS = ("language", "built-ins")
STRICT_PREFIX = '"use strict";\n'
# Variant names; a test runs in one or two of them (see variants()).
SLOPPY, STRICT, MODULE = "sloppy", "strict", "module"


class SuiteMissing(Exception):
    """Neither the archive nor an extracted copy is available."""


# ---------------------------------------------------------------- archive

def find_archive():
    """Path of test262.tar.xz, or None."""
    path = archive_location()
    return path if path.is_file() else None


def archive_location():
    """Where the archive is looked for: $MINIJS_TEST262_ARCHIVE, else
    shared/conformance/ beside the repo."""
    env = os.environ.get(ARCHIVE_ENV)
    return Path(env) if env else DEFAULT_ARCHIVE


def _sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def ensure_suite(archive=None, cache=CACHE_DIR):
    """The extracted suite root (holding test/ and harness/), extracting the
    archive first if the cache is missing or was made from another archive.

    Safe to call from concurrent processes: extraction goes to a temporary
    folder renamed into place under a lock.
    """
    cache = Path(cache)
    archive = Path(archive) if archive else find_archive()
    if archive is None or not archive.is_file():
        if (cache / "test").is_dir():
            return cache            # no archive to check against: trust the cache
        raise SuiteMissing(f"test262 archive not found at {archive or archive_location()} "
                           f"(set {ARCHIVE_ENV} to override)")
    digest = _sha256(archive)
    if _stamp_of(cache) == digest:
        return cache
    cache.parent.mkdir(parents=True, exist_ok=True)
    with _Lock(cache.parent / (cache.name + ".lock")):
        if _stamp_of(cache) == digest:      # another process just did it
            return cache
        tmp = Path(tempfile.mkdtemp(prefix=cache.name + ".tmp-", dir=cache.parent))
        try:
            with tarfile.open(archive, "r:*") as tar:
                if hasattr(tarfile, "data_filter"):   # refuses absolute paths, links out
                    tar.extractall(tmp, filter="data")
                else:
                    tar.extractall(tmp)
            top = tmp / "test262" if (tmp / "test262" / "test").is_dir() else tmp
            (top / _STAMP).write_text(digest + "\n")
            if cache.exists():
                old = cache.with_name(cache.name + ".old")
                shutil.rmtree(old, ignore_errors=True)
                cache.rename(old)
                shutil.rmtree(old, ignore_errors=True)
            top.rename(cache)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    return cache


def _stamp_of(cache):
    try:
        return (Path(cache) / _STAMP).read_text().strip()
    except OSError:
        return None


class _Lock:
    """An exclusive file lock (no-op where fcntl does not exist)."""

    def __init__(self, path):
        self.path = path

    def __enter__(self):
        self.file = open(self.path, "a")
        try:
            import fcntl
            fcntl.flock(self.file, fcntl.LOCK_EX)
        except ImportError:
            pass
        return self

    def __exit__(self, *exc):
        self.file.close()        # closing releases the lock


# ---------------------------------------------------------------- front matter

class FrontMatterError(ValueError):
    pass


_FRONT_MATTER = re.compile(r"/\*---(.*?)---\*/", re.S)


def front_matter(source):
    """The metadata dict of a test's `/*--- ... ---*/` block ({} if none)."""
    m = _FRONT_MATTER.search(source)
    return parse_yaml(m.group(1)) if m else {}


def parse_yaml(text):
    """The YAML subset test262 front matter uses, as dicts, lists and str.

    Block mappings and `- item` lists by indentation, `[a, b]` / `{k: v}`
    flow collections, quoted and plain scalars (plain ones may continue on
    more-indented lines), `|` / `>` block scalars with chomping indicators,
    `#` comments. Scalars stay strings (`es5id: 15.2` is not a float);
    an empty value is None.
    """
    value = _Yaml(text).document()
    return value if isinstance(value, dict) else {}


def _indent(line):
    return len(line) - len(line.lstrip(" "))


class _Yaml:
    def __init__(self, text):
        self.lines = re.split(r"\r\n|\r|\n", text)
        self.i = 0

    def error(self, message):
        line = self.lines[self.i] if self.i < len(self.lines) else ""
        raise FrontMatterError(f"{message} (front matter line {self.i + 1}: {line!r})")

    def document(self):
        value = self.node(0)
        self.skip_blank()
        if self.i < len(self.lines):
            self.error("unexpected indentation")
        return value

    def skip_blank(self):
        while self.i < len(self.lines):
            text = self.lines[self.i].strip()
            if text and not text.startswith("#"):
                return
            self.i += 1

    def node(self, min_indent):
        """The block collection starting at the next line, if indented >= min_indent."""
        self.skip_blank()
        if self.i >= len(self.lines):
            return None
        line = self.lines[self.i]
        indent = _indent(line)
        if indent < min_indent:
            return None
        if _is_item(line[indent:]):
            return self.sequence(indent)
        return self.mapping(indent)

    def mapping(self, indent):
        result = {}
        while True:
            self.skip_blank()
            if self.i >= len(self.lines):
                return result
            line = self.lines[self.i]
            here = _indent(line)
            if here < indent:
                return result
            if here > indent or _is_item(line[here:]):
                self.error("bad indentation")
            m = re.match(r"([^:#]+?)\s*:(?:\s+|$)(.*)$", line[here:])
            if not m:
                self.error("expected 'key: value'")
            self.i += 1
            key, rest = m.group(1), m.group(2).strip()
            if not rest and self.i < len(self.lines):
                # `key:` may be followed by a list at the same indentation
                self.skip_blank()
                if (self.i < len(self.lines) and _indent(self.lines[self.i]) == indent
                        and _is_item(self.lines[self.i][indent:])):
                    result[key] = self.sequence(indent)
                    continue
            result[key] = self.value(rest, indent)

    def sequence(self, indent):
        result = []
        while True:
            self.skip_blank()
            if self.i >= len(self.lines):
                return result
            line = self.lines[self.i]
            here = _indent(line)
            if here < indent or (here == indent and not _is_item(line[here:])):
                return result
            if here > indent:
                self.error("bad indentation")
            self.i += 1
            # Items are scalars, flow values or nested blocks (test262 has
            # no `- key: value` items).
            result.append(self.value(line[here + 1:].strip(), indent))

    def value(self, rest, indent):
        """The value after `key:` or `- ` on a line indented `indent`."""
        if not rest or rest.startswith("#"):
            return self.node(indent + 1)
        if rest[0] in "|>":
            return self.block_scalar(rest, indent)
        # Flow collections and quoted scalars may continue on later lines.
        text = rest
        while True:
            try:
                if text[0] in "[{\"'":
                    value, end = _flow(text, 0)
                    if _strip_comment(text[end:]).strip():
                        self.error("text after a flow value")
                    return value
                break
            except _Incomplete:
                if not self.continuation(indent):
                    self.error("unterminated flow value")
                text += " " + self.lines[self.i - 1].strip()
        # A plain scalar: continuation lines fold into one line.
        parts = [_strip_comment(text)]
        while self.continuation(indent):
            parts.append(_strip_comment(self.lines[self.i - 1].strip()))
        return " ".join(p for p in parts if p)

    def continuation(self, indent):
        """Consume the next line if it continues a value (more indented)."""
        j = self.i
        while j < len(self.lines) and not self.lines[j].strip():
            j += 1
        if j < len(self.lines) and _indent(self.lines[j]) > indent:
            self.i = j + 1
            return True
        return False

    def block_scalar(self, header, indent):
        m = re.match(r"([|>])([+-]?)([1-9]?)([+-]?)\s*(#.*)?$", header)
        if not m:
            self.error("bad block scalar header")
        style, chomp, explicit = m.group(1), m.group(2) or m.group(4), m.group(3)
        body = []
        while self.i < len(self.lines):
            line = self.lines[self.i]
            if line.strip() and _indent(line) <= indent:
                break
            body.append(line)
            self.i += 1
        if explicit:
            content = indent + int(explicit)
        else:
            content = next((_indent(l) for l in body if l.strip()), indent + 1)
        lines = [l[content:] if l.strip() else "" for l in body]
        trailing = 0
        while lines and not lines[-1]:
            lines.pop()
            trailing += 1
        text = "\n".join(lines) if style == "|" else _fold(lines)
        if not lines:
            return ""
        if chomp == "-":
            return text
        if chomp == "+":
            return text + "\n" * (trailing + 1)
        return text + "\n"


def _is_item(text):
    return text == "-" or text.startswith("- ")


def _strip_comment(text):
    # In YAML a comment starts at a '#' preceded by whitespace.
    m = re.search(r"(^|\s)#", text)
    return (text[:m.start()] if m else text).rstrip()


def _fold(lines):
    """`>` folding: adjacent lines join with a space, n empty lines between
    them give n newlines, breaks next to more-indented lines are kept."""
    out, empty, prev = [], 0, None
    for line in lines:
        if not line:
            empty += 1
            continue
        kind = "more" if line[0] in " \t" else "text"
        if prev is None:
            out.append("\n" * empty)
        elif prev == kind == "text":
            out.append("\n" * empty if empty else " ")
        else:
            out.append("\n" * (empty + 1))
        out.append(line)
        prev, empty = kind, 0
    return "".join(out)


class _Incomplete(Exception):
    """A flow value or quoted scalar runs past the end of the text so far."""


def _skip_space(text, pos):
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _flow(text, pos, stops=",]}"):
    """One flow value at text[pos:] -> (value, end)."""
    pos = _skip_space(text, pos)
    if pos >= len(text):
        raise _Incomplete
    c = text[pos]
    if c == "[":
        items, pos = [], _skip_space(text, pos + 1)
        while True:
            if pos >= len(text):
                raise _Incomplete
            if text[pos] == "]":
                return items, pos + 1
            item, pos = _flow(text, pos)
            items.append(item)
            pos = _skip_space(text, pos)
            if pos < len(text) and text[pos] == ",":
                pos = _skip_space(text, pos + 1)
    if c == "{":
        items, pos = {}, _skip_space(text, pos + 1)
        while True:
            if pos >= len(text):
                raise _Incomplete
            if text[pos] == "}":
                return items, pos + 1
            key, pos = _flow(text, pos, stops=":,}")
            pos = _skip_space(text, pos)
            value = None
            if pos < len(text) and text[pos] == ":":
                value, pos = _flow(text, pos + 1)
            items[key] = value
            pos = _skip_space(text, pos)
            if pos < len(text) and text[pos] == ",":
                pos = _skip_space(text, pos + 1)
    if c in "\"'":
        return _quoted(text, pos)
    end = pos
    while end < len(text) and text[end] not in stops:
        end += 1
    return text[pos:end].strip(), end


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "0": "\0", "\\": "\\", '"': '"',
            "/": "/", " ": " ", "b": "\b", "f": "\f", "e": "\x1b", "a": "\a"}


def _quoted(text, pos):
    quote, pos, out = text[pos], pos + 1, []
    while pos < len(text):
        c = text[pos]
        if c == quote:
            if quote == "'" and text[pos + 1:pos + 2] == "'":
                out.append("'")
                pos += 2
                continue
            return "".join(out), pos + 1
        if c == "\\" and quote == '"':
            esc = text[pos + 1:pos + 2]
            if esc in _ESCAPES:
                out.append(_ESCAPES[esc])
                pos += 2
                continue
            size = {"x": 2, "u": 4, "U": 8}.get(esc)
            if size:
                out.append(chr(int(text[pos + 2:pos + 2 + size], 16)))
                pos += 2 + size
                continue
        out.append(c)
        pos += 1
    raise _Incomplete


# ---------------------------------------------------------------- tests

@dataclass
class Test:
    """One test file. `path` is relative to test/ ('language/types/x.js')."""
    path: str
    file: Path
    source: str
    meta: dict = field(default_factory=dict)

    @property
    def flags(self):
        return frozenset(_as_list(self.meta.get("flags")))

    @property
    def features(self):
        return _as_list(self.meta.get("features"))

    @property
    def includes(self):
        return _as_list(self.meta.get("includes"))

    @property
    def negative(self):
        """{'phase': ..., 'type': ...} for a negative test, else None."""
        neg = self.meta.get("negative")
        return neg if isinstance(neg, dict) else None

    @property
    def negative_phase(self):
        neg = self.negative
        # Old test262 said `early` for what is now `parse`.
        phase = neg.get("phase") if neg else None
        return "parse" if phase == "early" else phase


def _as_list(value):
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def read_source(file):
    """A test's text exactly as stored (no newline translation, no BOM
    stripping: line terminators and U+FEFF are what some tests test)."""
    with open(file, "rb") as f:
        return f.read().decode("utf-8")


def read_test(root, path):
    """The Test at `path` (relative to <root>/test). Raises FrontMatterError."""
    file = Path(root) / "test" / path
    source = read_source(file)
    return Test(path, file, source, front_matter(source))


def is_test_file(name):
    return name.endswith(".js") and not name.endswith("_FIXTURE.js")


def list_tests(root, paths=None):
    """Sorted test paths (relative to <root>/test) under `paths`: files or
    folders, given relative to the cwd, to <root>/test, or to <root>.
    Default: every test in DEFAULT_DIRS."""
    root = Path(root).resolve()
    test_dir = root / "test"
    if not paths:
        paths = [test_dir / d for d in DEFAULT_DIRS]
    found = set()
    for arg in paths:
        target = _resolve(root, arg)
        if target.is_file():
            found.add(target.relative_to(test_dir).as_posix())
            continue
        for dirpath, dirnames, filenames in os.walk(target):
            base = Path(dirpath).relative_to(test_dir)
            found.update((base / n).as_posix() for n in filenames if is_test_file(n))
    return sorted(found)


def _resolve(root, arg):
    test_dir = (Path(root) / "test").resolve()
    arg = Path(arg)
    for candidate in (arg, test_dir / arg, Path(root) / arg):
        candidate = candidate.resolve()
        if candidate.exists() and (candidate == test_dir or test_dir in candidate.parents):
            return candidate
    raise FileNotFoundError(f"no test262 test or folder '{arg}' under {test_dir}")


def sample(paths, every=25):
    """Every `every`-th path of the sorted list: a fixed sample whose share
    of each folder matches the suite's."""
    return sorted(paths)[::every]


def group_of(path, depth=2):
    """The reporting group of a test path: its first `depth` folders
    ('built-ins/Array/from/x.js' -> 'built-ins/Array')."""
    parts = path.split("/")[:-1]
    return "/".join(parts[:depth]) or "."


# ---------------------------------------------------------------- variants

def variants(test):
    """The variants a test runs in, per its flags (INTERPRETING.md):
    module -> module only; raw / noStrict -> sloppy only (raw: the source
    unmodified); onlyStrict -> strict only; otherwise sloppy and strict."""
    flags = test.flags
    if "module" in flags:
        return [MODULE]
    if "raw" in flags or "noStrict" in flags:
        return [SLOPPY]
    if "onlyStrict" in flags:
        return [STRICT]
    return [SLOPPY, STRICT]


def variant_source(source, variant):
    """(source text, is_module) for running `source` as `variant`."""
    if variant == STRICT:
        return STRICT_PREFIX + source, False
    return source, variant == MODULE
