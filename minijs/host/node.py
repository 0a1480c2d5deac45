"""The node-style host: a realm with `console`, `process`, `require`, and
the main program run as a CommonJS module (what `minijs run` does).

A NodeHost owns one realm and the process-level state: argv, the exit
code, stdout/stderr writers, the CommonJS module cache.  Uncaught errors
are printed the way node prints them (see report.py).
"""

import os

from minijs.builtins import create_realm
from minijs.builtins.support import define_value, make_function, arg
from minijs.engine import CJS_PARAMS, compile_function_wrapper
from minijs.interpreter.ops import HostExit
from minijs.runtime import errors
from minijs.runtime import operations as ops
from minijs.runtime.calls import call
from minijs.runtime.errors import JSThrow
from minijs.runtime.objects import JSObject
from minijs.runtime.realm import set_current
from minijs.runtime.values import UNDEFINED
from minijs.host.console import install_console
from minijs.host.errors import MainSyntaxError
from minijs.host.inspect_strings import to_output_text
from minijs.syntax.errors import JSSyntaxError
from minijs.syntax.source import decode_source_bytes, to_utf16_units

__all__ = ["NodeHost"]


class NodeHost:
    def __init__(self, argv=(), stdout=None, stderr=None, script_path=None):
        import sys
        self.stdout = stdout or sys.stdout
        self.stderr = stderr or sys.stderr
        self.argv = list(argv)
        self.script_path = script_path
        self.exit_code = 0
        self.modules = {}            # absolute path -> module object
        self.on_compile = None       # hook: called with each compiled CodeObject
        self.realm = create_realm()
        self.realm.host = self
        set_current(self.realm)
        self._install()

    # -- writers -----------------------------------------------------------

    def write_out(self, text):
        self.stdout.write(text)

    def write_err(self, text):
        self.stderr.write(text)

    # -- globals -------------------------------------------------------------

    def _install(self):
        realm = self.realm
        install_console(realm, self.write_out, self.write_err)
        from minijs.interpreter.eval_code import install_eval
        install_eval(realm)
        self._install_process()

    def _install_process(self):
        realm = self.realm
        obj = JSObject(realm.intrinsics["ObjectPrototype"])
        from minijs.runtime.arrays import create_array_from_list
        argv = ["minijs"] + ([os.path.abspath(self.script_path)] if self.script_path else []) + self.argv
        define_value(obj, "argv", create_array_from_list(
            [to_utf16_units(a) for a in argv], realm.intrinsics["ArrayPrototype"]), 7)
        env = JSObject(realm.intrinsics["ObjectPrototype"])
        for k, v in os.environ.items():
            define_value(env, to_utf16_units(k), to_utf16_units(v), 7)
        define_value(obj, "env", env, 7)
        define_value(obj, "platform", "linux" if os.name == "posix" else os.name, 7)
        define_value(obj, "exitCode", UNDEFINED, 7)

        def exit_(this, args):
            code = arg(args, 0)
            if code is UNDEFINED:
                code = obj.get("exitCode", obj)
            raise HostExit(int(ops.to_number(code)) if code is not UNDEFINED else 0)

        def cwd(this, args):
            return to_utf16_units(os.getcwd())

        define_value(obj, "exit", make_function(realm, exit_, "exit", 1))
        define_value(obj, "cwd", make_function(realm, cwd, "cwd", 0))
        for name, writer in (("stdout", self.write_out), ("stderr", self.write_err)):
            stream = JSObject(realm.intrinsics["ObjectPrototype"])

            def write(this, args, writer=writer):
                writer(to_output_text(ops.to_string(arg(args, 0))))
                return True
            define_value(stream, "write", make_function(realm, write, "write", 1))
            define_value(obj, name, stream, 7)
        define_value(realm.global_object, "process", obj)
        self.process = obj

    # -- CommonJS ------------------------------------------------------------

    def load_module(self, path, is_main=False):
        """Run the file at `path` as a CommonJS module; returns its module object."""
        path = os.path.abspath(path)
        cached = self.modules.get(path)
        if cached is not None:
            return cached
        realm = self.realm
        module = JSObject(realm.intrinsics["ObjectPrototype"])
        exports = JSObject(realm.intrinsics["ObjectPrototype"])
        define_value(module, "exports", exports, 7)
        define_value(module, "id", "." if not self.modules else to_utf16_units(path), 7)
        define_value(module, "filename", to_utf16_units(path), 7)
        define_value(module, "loaded", False, 7)
        self.modules[path] = module
        with open(path, "rb") as f:
            text = decode_source_bytes(f.read())
        if path.endswith(".json"):
            from minijs.runtime.calls import call as js_call
            parse = realm.intrinsics["JSON"].get("parse")
            module.set("exports", js_call(parse, UNDEFINED, (to_utf16_units(text),)))
            return module
        if text.startswith("#!"):
            text = "//" + text[2:]
        try:
            fn = compile_function_wrapper(text, path, CJS_PARAMS, realm, on_compile=self.on_compile)
        except JSSyntaxError as err:
            del self.modules[path]
            if is_main:
                raise MainSyntaxError(path, text, err) from None
            raise errors.syntax_error(err.message) from None
        require = self._make_require(os.path.dirname(path))
        call(fn, exports, (exports, require, module, to_utf16_units(path),
                           to_utf16_units(os.path.dirname(path))))
        module.set("loaded", True)
        return module

    def _make_require(self, base):
        realm = self.realm

        def require(this, args):
            spec = ops.to_string(arg(args, 0))
            path = self.resolve(spec, base)
            return self.load_module(path).get("exports")
        return make_function(realm, require, "require", 1)

    def resolve(self, spec, base):
        if spec.startswith(("./", "../", "/")):
            target = os.path.normpath(os.path.join(base, spec))
            for candidate in (target, target + ".js", target + ".json",
                              os.path.join(target, "index.js")):
                if os.path.isfile(candidate):
                    return candidate
        err = errors.make_error("Error", "Cannot find module '%s'" % spec)
        define_value(err, "code", "MODULE_NOT_FOUND", 7)
        raise JSThrow(err)

    # -- running -----------------------------------------------------------------

    def run_eval_main(self, text):
        """`minijs -e CODE`: CODE runs as a script (node's [eval])."""
        from minijs.engine import compile_script, run_script
        from minijs.host.report import report_uncaught
        try:
            code = compile_script(text, "[eval]")
        except JSSyntaxError as err:
            raise MainSyntaxError("[eval]", text, err) from None
        if self.on_compile:
            self.on_compile(code)
        try:
            run_script(code, self.realm)
        except HostExit as e:
            return e.code
        except JSThrow as exc:
            report_uncaught(self, exc)
            return 1
        return self._exit_code()

    def _exit_code(self):
        code = self.process.get("exitCode")
        if code is UNDEFINED:
            return 0
        return int(ops.to_number(code))

    def run_main(self, path):
        """Run the main module; returns the process exit code.  Uncaught
        errors are reported on stderr as node does (exit code 1)."""
        from minijs.host.report import report_uncaught
        try:
            self.load_module(path, is_main=True)
        except HostExit as e:
            return e.code
        except JSThrow as exc:
            report_uncaught(self, exc)
            return 1
        return self._exit_code()
