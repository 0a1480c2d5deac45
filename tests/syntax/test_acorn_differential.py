"""Differential tests: minijs's parser against acorn (and V8's messages).

* every file in corpus/ (.js = script, .mjs = module):
  `estree.to_json(parse(src, module), src)` must equal, byte for byte,
  acorn's `JSON.stringify(acorn.parse(src, {ecmaVersion: 2022, sourceType,
  locations: true}))` (BigInt values -> null);
* every file in invalid/: `parse` must raise JSSyntaxError whose message is
  V8's, recorded on the file's first line as `// error: <message>`;
* real-world libraries from tests/support/npm_libs.py: the whole file's
  JSON, compared as parsed trees (skipped when a library cannot be fetched).

Self-checks keep the corpus honest: acorn and V8 accept every corpus file,
V8 rejects every invalid file with the recorded message (and acorn rejects
it too), and the corpus produces every ESTree node type and operator.

On a mismatch the failure names the first JSON path where the trees differ,
both values, and the source text of the innermost node around it.

Run:  .venv/bin/python -m pytest tests/syntax/test_acorn_differential.py
      (-k library for the libraries only; -k NAME for one corpus file)
"""

from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path

import pytest

# `tests.support` must be importable however pytest was started (plain
# `pytest` does not put the repository root on sys.path by itself).
_REPO = str(Path(__file__).resolve().parents[2])
if _REPO not in sys.path:
    sys.path.insert(0, _REPO)

from tests.support.acorn import (  # noqa: E402
    AcornUnavailable, acorn_json, node_syntax_errors, read_source,
)

HERE = Path(__file__).resolve().parent
CORPUS_DIR = HERE / "corpus"
INVALID_DIR = HERE / "invalid"


def _files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*")
                  if p.suffix in (".js", ".mjs") and p.is_file())


CORPUS = _files(CORPUS_DIR)
INVALID = _files(INVALID_DIR)


def _is_module(path: Path) -> bool:
    return path.suffix == ".mjs"


_ERROR_LINE = re.compile(r"//\s*error:\s*(.*?)\s*$")


def expected_error(source: str) -> str:
    first = re.split(r"\r\n|[\r\n\u2028\u2029]", source, maxsplit=1)[0]
    match = _ERROR_LINE.match(first)
    if match is None:
        raise ValueError("invalid-corpus file must start with `// error: <message>`")
    return match.group(1)


# --- reference results, one node process per batch ----------------------------

@functools.cache
def _acorn_results(paths: tuple[Path, ...]) -> dict[Path, str | dict]:
    sources = [(read_source(p), _is_module(p)) for p in paths]
    return dict(zip(paths, acorn_json(sources)))


@functools.cache
def _node_results(paths: tuple[Path, ...]) -> dict[Path, str | None]:
    sources = [(read_source(p), _is_module(p)) for p in paths]
    return dict(zip(paths, node_syntax_errors(sources)))


def acorn_result(path: Path, batch: list[Path]) -> str | dict:
    try:
        return _acorn_results(tuple(batch))[path]
    except AcornUnavailable as exc:
        pytest.skip(f"acorn unavailable: {exc}")


def node_results(batch: list[Path]) -> dict[Path, str | None]:
    try:
        return _node_results(tuple(batch))
    except AcornUnavailable as exc:
        pytest.skip(f"node unavailable: {exc}")


# --- minijs side --------------------------------------------------------------

def _frontend():
    try:
        from minijs.syntax import parse
        from minijs.syntax.errors import JSSyntaxError
        from minijs.syntax.estree import to_json
    except ImportError as exc:
        pytest.fail(f"minijs parser is not importable yet: {exc!r}", pytrace=False)
    return parse, to_json, JSSyntaxError


def minijs_json(source: str, module: bool) -> str:
    """Our JSON for `source`, as the CLI makes it: `parse` takes ordinary
    text, `to_json` the UTF-16 code units that offsets count (source.py)."""
    parse, to_json, JSSyntaxError = _frontend()
    from minijs.syntax.source import to_utf16_units
    try:
        program = parse(source, module=module)
        error = None
    except JSSyntaxError as exc:
        error = exc
    if error is not None:
        pytest.fail(f"minijs rejected a program acorn accepts: {error}", pytrace=False)
    return to_json(program, to_utf16_units(source))


# --- comparing JSON trees -----------------------------------------------------

_MISSING = object()


def _show(value, limit=300) -> str:
    if value is _MISSING:
        return "<missing>"
    if isinstance(value, dict) and "type" in value and "start" in value:
        text = f"<{value['type']} {value['start']}-{value.get('end')}> "
        text += json.dumps(value, ensure_ascii=False)
    else:
        text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[:limit] + "..."


def _format_path(path) -> str:
    out = "$"
    for step in path:
        out += f"[{step}]" if isinstance(step, int) else f".{step}"
    return out


def first_difference(expected, actual, path=()):
    """(path, expected, actual, note) of the first difference in document
    order, or None when the trees are equal (key order included)."""
    if type(expected) is not type(actual):
        return path, expected, actual, "different JSON types"
    if isinstance(expected, dict):
        for key, value in expected.items():
            if key not in actual:
                return path + (key,), value, _MISSING, "key missing in ours"
            diff = first_difference(value, actual[key], path + (key,))
            if diff:
                return diff
        for key, value in actual.items():
            if key not in expected:
                return path + (key,), _MISSING, value, "extra key in ours"
        if list(expected) != list(actual):
            return path, list(expected), list(actual), "key order differs"
        return None
    if isinstance(expected, list):
        for i, (e, a) in enumerate(zip(expected, actual)):
            diff = first_difference(e, a, path + (i,))
            if diff:
                return diff
        if len(expected) != len(actual):
            i = min(len(expected), len(actual))
            return (path + (i,), expected[i] if i < len(expected) else _MISSING,
                    actual[i] if i < len(actual) else _MISSING,
                    f"list length {len(expected)} (acorn) vs {len(actual)} (ours)")
        return None
    if expected != actual:
        return path, expected, actual, "values differ"
    return None


def _innermost_node(tree, path):
    """The deepest node (dict with type/start) on `path`, and the rest of
    the path below it."""
    node, rest = None, tuple(path)
    here = tree
    for i, step in enumerate(path):
        if isinstance(here, dict) and "type" in here and "start" in here:
            node, rest = here, tuple(path[i:])
        try:
            here = here[step]
        except (KeyError, IndexError, TypeError):
            break
    else:
        if isinstance(here, dict) and "type" in here and "start" in here:
            node, rest = here, ()
    return node, rest


def _source_excerpt(source: str, node, rest, limit=100) -> str:
    if not node or not isinstance(node.get("start"), int):
        return ""
    from minijs.syntax.source import to_display, to_utf16_units
    units = to_utf16_units(source)
    start, end = node["start"], node.get("end", node["start"])
    text = units[start:end]
    near_end = "end" in rest
    if len(text) > limit:
        text = "..." + text[-limit:] if near_end else text[:limit] + "..."
    loc = node.get("loc") or {}
    where = "-".join(f"{p['line']}:{p['column']}" for p in
                     (loc.get("start"), loc.get("end")) if p)
    return (f"\n  in acorn's {node['type']} [{start}, {end}) at {where or '?'}"
            f" (UTF-16 offsets):\n"
            f"    {json.dumps(to_display(text), ensure_ascii=False)}")


def _text_difference(expected: str, actual: str) -> str:
    i = 0
    n = min(len(expected), len(actual))
    while i < n and expected[i] == actual[i]:
        i += 1
    lo = max(0, i - 60)
    return (f"JSON text differs at character {i} (lengths: acorn {len(expected)}, "
            f"ours {len(actual)}; the parsed trees are equal, so it is number "
            f"formatting, string escaping or whitespace):\n"
            f"  acorn: ...{expected[lo:i + 60]!r}\n"
            f"  ours:  ...{actual[lo:i + 60]!r}")


def explain_mismatch(expected_text: str, actual_text: str, source: str) -> str:
    if expected_text == actual_text:
        return "identical JSON"
    expected = json.loads(expected_text)
    try:
        actual = json.loads(actual_text)
    except ValueError as exc:
        return f"our output is not valid JSON: {exc}\n  ours: {actual_text[:300]!r}"
    diff = first_difference(expected, actual)
    if diff is None:
        return _text_difference(expected_text, actual_text)
    path, exp, act, note = diff
    return (f"AST mismatch at {_format_path(path)} ({note})\n"
            f"  acorn: {_show(exp)}\n"
            f"  ours:  {_show(act)}"
            + _source_excerpt(source, *_innermost_node(expected, path)))


def assert_same_json(expected_text: str, actual_text: str, source: str) -> None:
    if expected_text == actual_text:
        return
    pytest.fail(explain_mismatch(expected_text, actual_text, source), pytrace=False)


# --- the corpus ---------------------------------------------------------------

def _id(path: Path) -> str:
    return path.name


@pytest.mark.parametrize("path", CORPUS, ids=_id)
def test_corpus_matches_acorn(path):
    source = read_source(path)
    expected = acorn_result(path, CORPUS)
    if isinstance(expected, dict):
        pytest.fail(f"corpus file rejected by acorn: {expected['error']}", pytrace=False)
    assert_same_json(expected, minijs_json(source, _is_module(path)), source)


@pytest.mark.parametrize("path", INVALID, ids=_id)
def test_invalid_program_rejected(path):
    source = read_source(path)
    message = expected_error(source)
    parse, _, JSSyntaxError = _frontend()
    try:
        program = parse(source, module=_is_module(path))
        error = None
    except JSSyntaxError as exc:
        error = exc
    if error is not None:
        if error.message != message:
            pytest.fail(f"wrong SyntaxError message (minijs reports it at "
                        f"{error.line}:{error.column})\n"
                        f"  node:   {message!r}\n  minijs: {error.message!r}",
                        pytrace=False)
        return
    pytest.fail(f"minijs accepted an invalid program (node: {message!r}); "
                f"got {type(program).__name__}", pytrace=False)


# --- self-checks of the corpus ------------------------------------------------

def test_corpus_is_large_enough():
    assert len(CORPUS) >= 60, len(CORPUS)
    assert len(INVALID) >= 40, len(INVALID)


def test_corpus_is_valid_javascript():
    """acorn and V8 both accept every corpus file."""
    problems = []
    node = node_results(CORPUS)
    for path in CORPUS:
        result = acorn_result(path, CORPUS)
        if isinstance(result, dict):
            problems.append(f"{path.name}: acorn: {result['error']}")
        if node[path] is not None:
            problems.append(f"{path.name}: node: {node[path]}")
    assert not problems, "\n".join(problems)


def test_invalid_corpus_matches_node():
    """V8 rejects every invalid file with the message recorded on its first
    line, and acorn rejects it too."""
    problems = []
    node = node_results(INVALID)
    for path in INVALID:
        message = expected_error(read_source(path))
        if node[path] != message:
            problems.append(f"{path.name}: recorded {message!r}, node says {node[path]!r}")
        if not isinstance(acorn_result(path, INVALID), dict):
            problems.append(f"{path.name}: acorn accepts it")
    assert not problems, "\n".join(problems)


_OPERATORS = {
    "UnaryExpression": {"-", "+", "!", "~", "typeof", "void", "delete"},
    "UpdateExpression": {"++", "--"},
    "BinaryExpression": {"==", "!=", "===", "!==", "<", "<=", ">", ">=", "<<",
                         ">>", ">>>", "+", "-", "*", "/", "%", "**", "|", "^",
                         "&", "in", "instanceof"},
    "LogicalExpression": {"||", "&&", "??"},
    "AssignmentExpression": {"=", "+=", "-=", "*=", "/=", "%=", "**=", "<<=",
                             ">>=", ">>>=", "|=", "^=", "&=", "||=", "&&=", "??="},
}


def _walk_json(value):
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            yield v
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)


def test_corpus_covers_the_grammar():
    """Every ESTree node type, operator and property/method kind appears."""
    from minijs.syntax.ast import NODE_FIELDS
    seen_types = set()
    seen = {key: set() for key in _OPERATORS}
    kinds = set()
    for path in CORPUS:
        result = acorn_result(path, CORPUS)
        if isinstance(result, dict):
            continue
        for node in _walk_json(json.loads(result)):
            t = node.get("type")
            if not isinstance(t, str):
                continue
            seen_types.add(t)
            if t in seen:
                seen[t].add(node["operator"])
            if t in ("Property", "MethodDefinition", "VariableDeclaration"):
                kinds.add((t, node["kind"]))
    missing = sorted(set(NODE_FIELDS) - seen_types - {"Node"})
    for t, ops in _OPERATORS.items():
        missing += [f"{t} {op}" for op in sorted(ops - seen[t])]
    wanted_kinds = {("Property", k) for k in ("init", "get", "set")}
    wanted_kinds |= {("MethodDefinition", k) for k in ("constructor", "method", "get", "set")}
    wanted_kinds |= {("VariableDeclaration", k) for k in ("var", "let", "const")}
    missing += [f"{t} kind={k}" for t, k in sorted(wanted_kinds - kinds)]
    assert not missing, "corpus lacks: " + ", ".join(missing)


# --- real-world libraries -----------------------------------------------------

def _libraries():
    """tests/support/npm_libs.py is written separately; import it lazily."""
    try:
        from tests.support import npm_libs
    except ImportError as exc:
        return None, f"tests/support/npm_libs.py not importable: {exc}"
    libs = list(getattr(npm_libs, "LIBRARIES", ()))
    if not libs:
        return None, "tests/support/npm_libs.py defines no LIBRARIES"
    return npm_libs, libs


def _library_params():
    npm_libs, libs = _libraries()
    if npm_libs is None:
        return [pytest.param(None, id="no-libraries",
                             marks=pytest.mark.skip(reason=libs))]
    out = []
    for lib in libs:
        name = getattr(lib, "name", None) or getattr(lib, "package", None) or str(lib)
        out.append(pytest.param(lib, id=str(name)))
    return out


@pytest.mark.parametrize("lib", _library_params())
def test_library_matches_acorn(lib):
    npm_libs, _ = _libraries()
    unavailable = getattr(npm_libs, "LibraryUnavailable", ())
    fetch = getattr(npm_libs, "fetch", None) or getattr(lib, "fetch")
    try:
        path = fetch(lib) if getattr(npm_libs, "fetch", None) else fetch()
    except unavailable as exc:
        pytest.skip(f"library unavailable: {exc}")
    module = bool(getattr(lib, "module", False))
    source = read_source(Path(path))
    try:
        [expected] = acorn_json([(source, module)])
    except AcornUnavailable as exc:
        pytest.skip(f"acorn unavailable: {exc}")
    if isinstance(expected, dict):
        pytest.skip(f"acorn (ecmaVersion 2022) rejects {path}: {expected['error']}")
    assert_same_json(expected, minijs_json(source, module), source)
