"""The engine's entry points: compile source text and run it in a realm.

    Script            a source file: name, UTF-16 text, positions
    compile_script    source -> CodeObject (the Program), stamped with its Script
    compile_module, parse_module
                      source -> a module's CodeObject / SourceTextModule record
    run_script        run a CodeObject of a script in a realm
    compile_function_wrapper
                      source -> a function (CommonJS modules, `new Function`)
    create_dynamic_function
                      CreateDynamicFunction (20.2.1.1.1) for `Function(...)`

Syntax errors surface as JS SyntaxError objects (JSThrow) when the
compilation was asked for by JS code (eval, new Function), and as
JSSyntaxError for the host's own loading (the CLI prints those like node).
"""

from minijs.compiler.codegen import CompileError, compile_program
from minijs.interpreter.frame import Frame
from minijs.interpreter.loop import execute
from minijs.interpreter.state import STATE
from minijs.runtime import errors
from minijs.runtime.values import UNDEFINED
from minijs.syntax import parse
from minijs.syntax.errors import JSSyntaxError
from minijs.syntax.source import LineTable, to_utf16_units

__all__ = ["Script", "compile_script", "compile_module", "parse_module", "run_script", "compile_function_wrapper",
           "create_dynamic_function", "CompileError", "JSSyntaxError"]


class Script:
    """A unit of source text.  Offsets in its CodeObjects count UTF-16 units
    of `source`; `prefix` units of wrapper text (CommonJS, new Function)
    precede the user's text, so positions shown to the user subtract it."""

    def __init__(self, filename, source, prefix=0, internal=False):
        self.filename = filename
        self.source = source
        self.prefix = prefix
        self.internal = internal
        self.user_lines = LineTable(source[prefix:])

    def position(self, offset):
        """(1-based line, 0-based column) in the user's text."""
        return self.user_lines.position(max(0, offset - self.prefix))

    def line_text(self, line):
        return self.user_lines.line_text(line)


def _stamp(code, script):
    for c in code.walk():
        c.script = script
        c.line_table = script
    return code


def _compile(source, script, module=False):
    try:
        program = parse(source, module)
    except JSSyntaxError as err:
        err.offset -= script.prefix
        err.end -= script.prefix
        err.line = err.column = None
        raise
    try:
        code = compile_program(program, source, module)
    except CompileError as err:
        raise JSSyntaxError("%s (minijs cannot compile this yet)" % err.message,
                            max(0, err.offset - script.prefix)) from None
    return _stamp(code, script)


def compile_script(text, filename="<anonymous>", module=False):
    """A Script's CodeObject (raises JSSyntaxError)."""
    source = to_utf16_units(text)
    return _compile(source, Script(filename, source), module)


def compile_module(text, filename="<anonymous>"):
    """A Module's CodeObject (raises JSSyntaxError); `code.module_layout`
    holds its import/export entries."""
    source = to_utf16_units(text)
    return _compile(source, Script(filename, source), True)


def parse_module(text, realm, filename="<anonymous>", host_defined=None):
    """ParseModule (16.2.1.6.1): a SourceTextModule record of `text` in
    `realm` (raises JSSyntaxError).  Load, link and evaluate it with
    minijs.interpreter.module_records."""
    from minijs.interpreter.module_records import SourceTextModule
    return SourceTextModule(compile_module(text, filename), realm, host_defined)


def run_script(code, realm, this=None):
    """Run a script CodeObject in `realm`; returns its completion value."""
    from minijs.runtime.realm import set_current
    previous = set_current(realm)
    try:
        regs = [UNDEFINED] * code.register_count
        frame = Frame(code, None, regs, None,
                      realm.global_object if this is None else this,
                      UNDEFINED, (), STATE.frame, realm)
        frame.entry = True
        return execute(frame)
    finally:
        set_current(previous)


CJS_PARAMS = ("exports", "require", "module", "__filename", "__dirname")


def compile_function_wrapper(text, filename, params, realm, name="", on_compile=None):
    """Compile `text` as the body of `function name(params) { text }` and
    return the function object (node's compileFunction for CommonJS)."""
    head = "(function %s(%s) {" % (name, ", ".join(params))
    source = to_utf16_units(head) + to_utf16_units(text) + "\n})"
    script = Script(filename, source, prefix=len(head))
    code = _compile(source, script)
    if on_compile is not None:
        on_compile(code)
    return run_script(code, realm)


def create_dynamic_function(realm, kind, params, body, new_target=None):
    """CreateDynamicFunction (20.2.1.1.1) for `Function(p1, ..., body)`:
    the parameter and body strings are parsed as a function; a
    SyntaxError is thrown as a JS SyntaxError."""
    keyword = {"normal": "function", "generator": "function*",
               "async": "async function", "asyncGenerator": "async function*"}.get(kind)
    if keyword is None:
        raise errors.syntax_error("%s functions are not supported yet" % kind)
    param_text = ",".join(params)
    source_text = "(%s anonymous(%s\n) {\n%s\n})" % (keyword, param_text, body)
    source = to_utf16_units(source_text)
    script = Script("<anonymous>", source)
    try:
        code = _compile(source, script)
    except JSSyntaxError as err:
        raise errors.syntax_error(err.message) from None
    proto = None
    if new_target is not None:
        # The [[Prototype]] comes from newTarget (its realm's intrinsic
        # when newTarget.prototype is not an object), after the parse.
        from minijs.runtime.operations import get_prototype_from_constructor
        proto = get_prototype_from_constructor(new_target, _DYNAMIC_FALLBACK[kind])
    f = run_script(code, realm)
    if proto is not None and f.proto is not proto:
        f.set_prototype_of(proto)
    return f


_DYNAMIC_FALLBACK = {
    "normal": "FunctionPrototype", "generator": "GeneratorFunctionPrototype",
    "async": "AsyncFunctionPrototype", "asyncGenerator": "AsyncGeneratorFunctionPrototype",
}
