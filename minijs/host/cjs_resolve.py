"""node's require() resolution for CommonJS (the algorithm of node's
modules documentation, for what minijs supports: no core modules, no
`#imports`, no package self-reference).

    resolve_require(spec, base_dir) -> absolute file path, or None
    NotExported                          raised for a subpath "exports" hides

Relative and absolute specifiers: the file, then X.js / X.json, then the
directory (package.json "main", then index.js / index.json). Bare
specifiers: each node_modules folder from base_dir up to the root; a
package with an "exports" field resolves through it (conditions "node",
"require", "default"; subpath keys and "*" patterns), otherwise like a
relative path inside the package.
"""

import json
import os

CONDITIONS = ("node", "require", "default")


class NotExported(Exception):
    """A package's "exports" field does not offer the requested subpath."""

    def __init__(self, subpath, package_json):
        super().__init__(subpath, package_json)
        self.subpath, self.package_json = subpath, package_json


def resolve_require(spec, base_dir):
    if spec.startswith(("./", "../", "/")) or spec in (".", ".."):
        target = os.path.normpath(os.path.join(base_dir, spec))
        return _as_file(target) or _as_directory(target)
    for directory in _node_modules_paths(base_dir):
        found = _from_package_exports(spec, directory)
        if found is not None:
            return found
        target = os.path.join(directory, spec)
        found = _as_file(target) or _as_directory(target)
        if found:
            return found
    return None


def _as_file(target):
    for candidate in (target, target + ".js", target + ".json"):
        if os.path.isfile(candidate):
            return candidate
    return None


def _index(target):
    for name in ("index.js", "index.json"):
        candidate = os.path.join(target, name)
        if os.path.isfile(candidate):
            return candidate
    return None


def _as_directory(target):
    meta = read_package_json(target)
    main = meta.get("main") if meta else None
    if isinstance(main, str) and main:
        entry = os.path.normpath(os.path.join(target, main))
        found = _as_file(entry) or _index(entry)
        if found:
            return found
    return _index(target)


def _node_modules_paths(start):
    d = os.path.abspath(start)
    while True:
        if os.path.basename(d) != "node_modules":
            yield os.path.join(d, "node_modules")
        parent = os.path.dirname(d)
        if parent == d:
            return
        d = parent


def _split_package(spec):
    parts = spec.split("/")
    count = 2 if spec.startswith("@") else 1
    return "/".join(parts[:count]), "/".join(parts[count:])


def _from_package_exports(spec, directory):
    """The file an "exports" field maps `spec` to (NotExported when they
    do not offer it); None when the package has no such field."""
    name, rest = _split_package(spec)
    package_dir = os.path.join(directory, name)
    meta = read_package_json(package_dir)
    if not meta or meta.get("exports") is None:
        return None
    exports = meta["exports"]
    subpath = "./" + rest if rest else "."
    if not (isinstance(exports, dict) and any(k.startswith(".") for k in exports)):
        exports = {".": exports}
    target = None
    if subpath in exports:
        target = _conditional(exports[subpath], "")
    else:
        # the longest "*" pattern that matches wins
        best = None
        for key in exports:
            star = key.find("*")
            if star < 0:
                continue
            prefix, suffix = key[:star], key[star + 1:]
            if (subpath.startswith(prefix) and subpath.endswith(suffix)
                    and len(subpath) >= len(prefix) + len(suffix)
                    and (best is None or len(prefix) > len(best[1]))):
                best = (key, prefix, subpath[len(prefix):len(subpath) - len(suffix)])
        if best is not None:
            target = _conditional(exports[best[0]], best[2])
    if not isinstance(target, str) or not target.startswith("./"):
        raise NotExported(subpath, os.path.join(package_dir, "package.json"))
    file = os.path.normpath(os.path.join(package_dir, target))
    return file if os.path.isfile(file) else None


def _conditional(target, star):
    if isinstance(target, str):
        return target.replace("*", star)
    if isinstance(target, list):
        for item in target:
            found = _conditional(item, star)
            if found is not None:
                return found
        return None
    if isinstance(target, dict):
        for key, value in target.items():
            if key in CONDITIONS:
                found = _conditional(value, star)
                if found is not None:
                    return found
    return None


def read_package_json(directory):
    try:
        with open(os.path.join(directory, "package.json"), encoding="utf-8") as f:
            data = json.load(f)
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
