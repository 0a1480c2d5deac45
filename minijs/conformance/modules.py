"""The test262 host's module loader (INTERPRETING.md, "module"): a
module-flagged test is the root of a module graph whose specifiers name
files relative to the importing file (the `_FIXTURE.js` files next to the
test); every file is loaded once per test, so a test importing itself
gets its own record back.  Scripts (dynamic `import()` in non-module
tests) import relative to the test's folder too.  A missing file or a
fixture that does not parse rejects the import with a SyntaxError or
TypeError of the test's realm, which test262 classifies as resolution
errors."""

import os

from minijs.engine import parse_module
from minijs.interpreter.module_records import (
    SourceTextModule, finish_loading_imported_module)
from minijs.runtime import errors
from minijs.runtime.errors import JSThrow
from minijs.runtime.realm import set_current
from minijs.syntax.errors import JSSyntaxError

__all__ = ["TestModuleLoader"]


class TestModuleLoader:
    def __init__(self, realm, test_file):
        self.realm = realm
        self.base = os.path.dirname(os.path.abspath(test_file)) if test_file else os.getcwd()
        self.root = None             # the test's own module record
        self.records = {}            # absolute path -> module record

    def add(self, path, record):
        self.records[os.path.abspath(path)] = record

    def _referrer_dir(self, referrer):
        if isinstance(referrer, SourceTextModule) and referrer.host_defined:
            return os.path.dirname(referrer.host_defined)
        return self.base

    def load(self, referrer, specifier):
        path = os.path.normpath(os.path.join(self._referrer_dir(referrer), specifier))
        record = self.records.get(path)
        if record is not None:
            return record
        try:
            with open(path, "rb") as f:
                text = f.read().decode("utf-8")
        except OSError:
            raise errors.type_error("Cannot find module '%s'" % specifier) from None
        previous = set_current(self.realm)
        try:
            record = parse_module(text, self.realm, os.path.basename(path), host_defined=path)
        except JSSyntaxError as err:
            raise errors.syntax_error(err.message) from None
        finally:
            set_current(previous)
        self.records[path] = record
        return record

    def load_imported_module(self, referrer, specifier, payload):
        """HostLoadImportedModule (16.2.1.8), synchronously."""
        try:
            result = self.load(referrer, specifier)
        except JSThrow as exc:
            result = exc
        finish_loading_imported_module(referrer, specifier, payload, result)
