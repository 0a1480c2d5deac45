"""Parse throughput per (parser, library) with pytest-benchmark.

    pytest benchmarks --benchmark-only
    MINIJS_BENCH_LIBS=quick pytest benchmarks --benchmark-only   # small files
    MINIJS_BENCH_LIBS=lodash,d3 MINIJS_BENCH_ROUNDS=5 pytest benchmarks --benchmark-only

Each test parses one file once untimed (warm-up, and the check that the
parser can read it at all: otherwise the test is skipped, as it is when the
library cannot be fetched or the parser cannot be imported), then
MINIJS_BENCH_ROUNDS (default 3) timed rounds in CPU time
(time.process_time).  Results are grouped by library; extra_info holds the
file size and the KB/s of the median round.  For one table with the three
parsers side by side and the minijs/best ratio, run
`python benchmarks/parse_speed.py` instead.
"""

import os
import time

import pytest

from parse_speed import NotApplicable, PARSER_NAMES, describe_error, load_parser
from tests.support import npm_libs
from tests.support.npm_libs import LibraryUnavailable


def _selected_libraries():
    spec = os.environ.get("MINIJS_BENCH_LIBS", "").strip()
    if not spec:
        return npm_libs.bench_libraries()
    if spec == "quick":
        return npm_libs.quick_libraries()
    if spec == "all":
        return list(npm_libs.LIBRARIES)
    return [npm_libs.get(n.strip()) for n in spec.split(",") if n.strip()]


ROUNDS = int(os.environ.get("MINIJS_BENCH_ROUNDS", "3"))
LIBS = _selected_libraries()

pytestmark = pytest.mark.benchmark(timer=time.process_time, min_rounds=1)

_sources = {}
_parsers = {}


def _source(lib):
    if lib.name not in _sources:
        try:
            path = npm_libs.fetch(lib)
        except LibraryUnavailable as e:
            _sources[lib.name] = e
        else:
            _sources[lib.name] = path.read_text(encoding="utf-8")
    src = _sources[lib.name]
    if isinstance(src, Exception):
        pytest.skip(f"{lib.spec} unavailable: {src}")
    return src


def _parser(name):
    if name not in _parsers:
        try:
            _parsers[name] = load_parser(name)
        except Exception as e:
            _parsers[name] = e
    fn = _parsers[name]
    if isinstance(fn, Exception):
        pytest.skip(f"{name} cannot be loaded: {describe_error(fn)}")
    return fn


@pytest.mark.parametrize("lib", LIBS, ids=[lib.name for lib in LIBS])
@pytest.mark.parametrize("parser", PARSER_NAMES)
def test_parse_throughput(benchmark, parser, lib):
    source = _source(lib)
    parse = _parser(parser)
    try:
        parse(source, lib.module)
    except NotApplicable as e:
        pytest.skip(f"{parser}: {e}")
    except Exception as e:
        pytest.skip(f"{parser} cannot parse {lib.name}: {describe_error(e)}")

    size_kb = len(source.encode("utf-8")) / 1024
    benchmark.group = f"{lib.name} ({size_kb:.0f} KB {'module' if lib.module else 'script'})"
    benchmark.extra_info.update(library=lib.spec, file=lib.path, size_kb=round(size_kb, 1))
    benchmark.pedantic(parse, args=(source, lib.module), rounds=ROUNDS, iterations=1, warmup_rounds=0)
    stats = getattr(benchmark, "stats", None)
    if stats is not None and stats.stats.median > 0:
        benchmark.extra_info["kb_per_s"] = round(size_kb / stats.stats.median, 1)
