"""Real-world JavaScript libraries from the npm registry, for parse tests
and benchmarks.

    from tests.support.npm_libs import LIBRARIES, fetch, LibraryUnavailable

    for lib in LIBRARIES:
        try:
            path = fetch(lib)          # pathlib.Path of the named file
        except LibraryUnavailable as e:
            pytest.skip(str(e))

Each `Library` names one exact package version and one file inside its
tarball.  `fetch()` runs `npm pack <package>@<version>` once, extracts the
tarball into the cache folder (default `<repo>/.cache/npm-libs`, override
with the environment variable MINIJS_NPM_LIBS_CACHE) and afterwards only
returns the cached path.  Extraction goes to a private temporary folder
that is renamed into place, so concurrent fetches (pytest-xdist workers)
are safe.  When npm is missing or the fetch fails, `LibraryUnavailable`
is raised so that callers can skip.

Every file was checked to parse with node 20 (`node --check`, or
`node --input-type=module --check` for modules) and with acorn at
ecmaVersion 2022; `min_ecma` notes the lowest acorn ecmaVersion that
accepts it.

Run `python -m tests.support.npm_libs` to fetch everything and list it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_CACHE_DIR = REPO / ".cache" / "npm-libs"
CACHE_ENV = "MINIJS_NPM_LIBS_CACHE"

NPM_TIMEOUT = 300  # seconds for one `npm pack`


class LibraryUnavailable(Exception):
    """npm is missing, or the package could not be fetched or extracted."""


@dataclass(frozen=True)
class Library:
    name: str       # short, unique id (used in test ids and tables)
    package: str    # npm package name
    version: str    # exact version
    path: str       # file inside the package, relative to the package root
    module: bool    # parse as a Module (True) or a Script (False)
    size: int = 0   # expected size in bytes (informative; checked by fetch)
    min_ecma: int = 5  # lowest acorn ecmaVersion that parses the file

    @property
    def spec(self) -> str:
        return f"{self.package}@{self.version}"

    @property
    def size_kb(self) -> float:
        return self.size / 1024


# Not taken: three (build/three.module.js is 1.3 MB in every version),
# react-dom development builds (0.9-1 MB), typescript (9 MB).
#
# The reference parsers cannot read all of them: pyjsparser is ES5 scripts
# only (lodash, jquery, vue2, codemirror5, moment), and esprima-python 4.0.1
# stops at ES2017 and rejects the regex class `[^]` (vue3-esm, acorn) and
# class fields (chartjs).
LIBRARIES: list[Library] = [
    Library("lodash", "lodash", "4.17.21", "lodash.js", False, 544098, 5),
    Library("jquery", "jquery", "3.7.1", "dist/jquery.js", False, 285314, 5),
    Library("d3", "d3", "7.9.0", "dist/d3.js", False, 587043, 2017),
    Library("vue2", "vue", "2.7.16", "dist/vue.js", False, 434871, 5),
    Library("codemirror5", "codemirror", "5.65.18", "lib/codemirror.js", False, 402008, 5),
    Library("leaflet-esm", "leaflet", "1.9.4", "dist/leaflet-src.esm.js", True, 424589, 5),
    Library("vue3-esm", "vue", "3.4.38", "dist/vue.esm-browser.js", True, 494167, 2015),
    Library("chartjs", "chart.js", "4.4.4", "dist/chart.js", True, 402692, 2022),
    Library("moment", "moment", "2.30.1", "moment.js", False, 176435, 5),
    Library("acorn", "acorn", "8.14.0", "dist/acorn.mjs", True, 226605, 5),
]

BY_NAME: dict[str, Library] = {lib.name: lib for lib in LIBRARIES}

# Benchmark set: the 300-600 KB files (jquery, at 280 KB, is close enough).
BENCH_NAMES: tuple[str, ...] = (
    "lodash", "jquery", "d3", "vue2", "codemirror5", "leaflet-esm", "vue3-esm", "chartjs",
)
# Small files for a quick run: the two smallest that both reference parsers read.
QUICK_NAMES: tuple[str, ...] = ("moment", "jquery")


def get(name: str) -> Library:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown library {name!r}; known: {', '.join(BY_NAME)}") from None


def bench_libraries() -> list[Library]:
    return [BY_NAME[n] for n in BENCH_NAMES]


def quick_libraries() -> list[Library]:
    return [BY_NAME[n] for n in QUICK_NAMES]


def cache_dir() -> Path:
    env = os.environ.get(CACHE_ENV)
    return Path(env) if env else DEFAULT_CACHE_DIR


def _package_dir(lib: Library, root: Path) -> Path:
    # "@scope/name" -> "scope+name"
    safe = lib.package.lstrip("@").replace("/", "+")
    return root / f"{safe}-{lib.version}"


def _extract(tgz: Path, dest: Path) -> None:
    with tarfile.open(tgz, "r:gz") as tar:
        if hasattr(tarfile, "data_filter"):
            tar.extractall(dest, filter="data")
        else:  # pragma: no cover - Python without PEP 706 filters
            for member in tar.getmembers():
                target = (dest / member.name).resolve()
                if not str(target).startswith(str(dest.resolve()) + os.sep):
                    raise LibraryUnavailable(f"unsafe path in {tgz.name}: {member.name}")
            tar.extractall(dest)


def fetch(lib: Library, cache: Path | None = None) -> Path:
    """Local path of `lib.path` inside `lib.package@lib.version`.

    Downloads (npm pack) and extracts on first use; raises LibraryUnavailable
    when that is impossible.
    """
    root = Path(cache) if cache is not None else cache_dir()
    pkg_dir = _package_dir(lib, root)
    target = pkg_dir / lib.path
    if target.is_file():
        return target
    if pkg_dir.exists():
        raise LibraryUnavailable(f"{lib.spec} is cached in {pkg_dir} but has no {lib.path}")

    npm = shutil.which("npm")
    if npm is None:
        raise LibraryUnavailable("npm is not on PATH")
    try:
        root.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".tmp-{pkg_dir.name}-", dir=root))
    except OSError as e:
        raise LibraryUnavailable(f"cannot create cache folder {root}: {e}") from e
    try:
        try:
            proc = subprocess.run(
                [npm, "pack", lib.spec, "--loglevel=error"],
                cwd=work, stdin=subprocess.DEVNULL, capture_output=True,
                text=True, timeout=NPM_TIMEOUT,
            )
        except (OSError, subprocess.TimeoutExpired) as e:
            raise LibraryUnavailable(f"npm pack {lib.spec} failed: {e}") from e
        tarballs = sorted(work.glob("*.tgz"))
        if proc.returncode != 0 or len(tarballs) != 1:
            msg = (proc.stderr or proc.stdout).strip().splitlines()[-3:]
            raise LibraryUnavailable(
                f"npm pack {lib.spec} failed (exit {proc.returncode}): {' | '.join(msg)}")
        extracted = work / "x"
        try:
            _extract(tarballs[0], extracted)
        except (tarfile.TarError, OSError) as e:
            raise LibraryUnavailable(f"cannot extract {tarballs[0].name}: {e}") from e
        # npm tarballs hold one top folder, normally "package/".
        tops = [p for p in extracted.iterdir() if p.is_dir()]
        if len(tops) != 1:
            raise LibraryUnavailable(f"unexpected layout in {tarballs[0].name}: {tops}")
        if not (tops[0] / lib.path).is_file():
            raise LibraryUnavailable(f"{lib.spec} has no file {lib.path}")
        try:
            os.rename(tops[0], pkg_dir)
        except OSError:
            # Someone else (another xdist worker) got there first.
            if not target.is_file():
                raise LibraryUnavailable(f"cannot move {lib.spec} into {pkg_dir}") from None
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def fetch_all(libs: list[Library] | None = None, *, ignore_errors: bool = False) -> dict[str, Path]:
    """Fetch every library; {name: path}.  With ignore_errors, the ones that
    cannot be fetched are left out instead of raising LibraryUnavailable."""
    out = {}
    for lib in LIBRARIES if libs is None else libs:
        try:
            out[lib.name] = fetch(lib)
        except LibraryUnavailable:
            if not ignore_errors:
                raise
    return out


def read(lib: Library) -> str:
    """The library's source text (fetching it if needed)."""
    return fetch(lib).read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    names = (argv if argv is not None else sys.argv[1:]) or [lib.name for lib in LIBRARIES]
    status = 0
    for name in names:
        lib = get(name)
        try:
            path = fetch(lib)
        except LibraryUnavailable as e:
            print(f"{lib.name:12} {lib.spec:22} UNAVAILABLE: {e}")
            status = 1
            continue
        size = path.stat().st_size
        note = "" if not lib.size or size == lib.size else f"  (expected {lib.size} bytes)"
        kind = "module" if lib.module else "script"
        print(f"{lib.name:12} {lib.spec:22} {kind:6} {size / 1024:7.1f} KB  {path}{note}")
    return status


if __name__ == "__main__":
    sys.exit(main())
