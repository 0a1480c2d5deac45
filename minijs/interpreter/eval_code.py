"""`eval` (ECMA-262 19.2.1).

Indirect eval (`(0, eval)(src)`, `globalThis.eval(src)`) runs the source
as global eval code: sloppy vars and functions become configurable
properties of the global object, let/const/class stay in the eval's own
frame.

Direct eval (`eval(src)` written as such, CALL_EVAL when the callee is
%eval%) compiles the source against the caller's scope (the EvalSite
operand: the compiler kept every binding visible there in named context
slots) and runs it in a frame that shares the caller's context chain,
`this` and `new.target`.  Sloppy eval code declares its vars in the
caller's variable environment: that context's descriptor grows a slot
per new name (V8's context extension), found by name through
LOAD_LOOKUP / STORE_LOOKUP; at the global level they are global object
properties.  Strict eval code keeps its vars to itself.
"""

from types import SimpleNamespace

from minijs.builtins.support import arg, define_value, make_function
from minijs.runtime import errors
from minijs.runtime.values import UNDEFINED
from minijs.syntax.errors import JSSyntaxError

__all__ = ["install_eval", "perform_eval", "direct_eval", "parse_eval"]

_CACHE_LIMIT = 64


def parse_eval(source, strict=False, in_function=False, allows=()):
    """Parse eval code as a Script whose early errors follow the calling
    context (19.2.1.1 steps 5-6: inherited strictness; `new.target`
    allowed inside functions; `allows` names the Context flags the caller
    sets: super_prop, super_call, arguments_banned).  Raises a JS
    SyntaxError (JSThrow)."""
    from minijs.syntax.driver import Parser
    from minijs.syntax.early_errors.context import SCRIPT, Context, PrivateEnv
    from minijs.syntax.early_errors.walker import Checker
    from minijs.syntax.static_semantics import use_strict_directive
    try:
        program = Parser(source, False).parse()
        checker = Checker(False)
        directive = use_strict_directive(program.body)
        checker.ctx = Context(SCRIPT, None, strict or directive is not None)
        checker.ctx.new_target = in_function
        private = None
        for flag in allows:
            if type(flag) is tuple:             # ("#names", names): private names in scope
                private = checker.private = PrivateEnv(None)
                for name in flag[1]:
                    private.declare(name, "field", False)
            else:
                setattr(checker.ctx, flag, True)
        checker.top_scope = checker.push_scope(is_var_scope=True)
        checker.visit_body(program.body, directive, strict, deferred=False)
        if private is not None:
            checker.resolve_private(private)
    except JSSyntaxError as err:
        raise errors.syntax_error(err.message) from None
    except RecursionError:
        raise errors.range_error("Maximum call stack size exceeded") from None
    return program


def _compile(source, caller=None, strict=False, in_function=False, allows=()):
    from minijs.compiler.codegen import CompileError, compile_eval
    from minijs.engine import Script, _stamp
    from minijs.syntax.source import to_utf16_units
    source = to_utf16_units(source)
    program = parse_eval(source, strict, in_function, allows)
    try:
        code = compile_eval(program, source, caller, strict)
    except CompileError as err:
        raise errors.syntax_error("%s (minijs cannot compile this yet)" % err.message) from None
    return _stamp(code, Script("<anonymous>", source))


def _new_frame(code, context, this, new_target, parent, realm):
    from minijs.interpreter.frame import Frame
    from minijs.interpreter.state import STATE, stack_overflow
    frame = Frame(code, None, [UNDEFINED] * code.register_count, context, this,
                  new_target, (), parent, realm)
    if frame.depth > STATE.stack_limit:
        raise stack_overflow()
    return frame


def perform_eval(realm, source):
    """PerformEval (19.2.1.1) for an indirect call: global eval code."""
    if type(source) is not str:
        return source
    from minijs.interpreter.loop import execute
    from minijs.interpreter.state import STATE
    from minijs.runtime.realm import set_current
    code = _compile(source)
    previous = set_current(realm)
    try:
        _declare_global(realm, code.eval_declarations)
        frame = _new_frame(code, None, realm.global_object, UNDEFINED, STATE.frame, realm)
        frame.entry = True
        return execute(frame)
    finally:
        set_current(previous)


def install_eval(realm):
    def eval_(this, args):
        return perform_eval(realm, arg(args, 0))
    fn = make_function(realm, eval_, "eval", 1)
    realm.intrinsics["eval"] = fn
    define_value(realm.global_object, "eval", fn)


def direct_eval(frame, args, site):
    """A direct eval called from `frame` at EvalSite `site`: returns the
    eval code's frame (the loop runs it; its completion value becomes the
    call's result), or pushes a non-string argument unchanged."""
    source = args[0] if args else UNDEFINED
    if type(source) is not str:
        frame.stack.append(source)
        return None
    code = site.cache.get(source)
    if code is None:
        code = _compile(source, site.scope, site.strict, site.in_function, site.allows)
        if frame.code.module is not None:    # eval code in a module reaches its bindings
            for c in code.walk():
                c.module = frame.code.module
        if not _has_template_sites(code):
            # (each evaluation of eval code parses anew: its tagged
            # templates get fresh template objects, 13.2.8.4)
            if len(site.cache) >= _CACHE_LIMIT:
                site.cache.clear()
            site.cache[source] = code
    if code.eval_declarations:
        _declare_in_caller(frame, code.eval_declarations)
    return _new_frame(code, frame.context, frame.this, frame.new_target, frame, frame.realm)


def _has_template_sites(code):
    from minijs.bytecode import opcodes as op
    return any(op.GET_TEMPLATE_OBJECT in c.ops for c in code.walk())


# -- EvalDeclarationInstantiation (19.2.1.3) for sloppy eval code ---------------

def _redeclared(name):
    return errors.syntax_error("Identifier '%s' has already been declared" % name)


def _declare_global(realm, declarations):
    if declarations:
        from minijs.interpreter.globals_decl import declare_globals
        declare_globals(SimpleNamespace(realm=realm), declarations, configurable=True)


def _declare_in_caller(frame, declarations):
    """Vars and functions of sloppy direct eval code go to the caller's
    variable environment: the nearest context marked `var_env`, else the
    global object.  A lexical binding of the same name between the call
    and that environment is a SyntaxError (step 3)."""
    var_env = frame.context
    while var_env is not None and not (var_env.desc is not None and var_env.desc.var_env):
        var_env = var_env.parent
    names = [name for name, _ in declarations]
    c = frame.context
    while c is not None:
        desc = c.desc
        if c.with_object is None and desc is not None:
            for name in names:
                if name in desc.lexical:
                    raise _redeclared(name)
        if c is var_env:
            break
        c = c.parent
    if var_env is None:
        _declare_global(frame.realm, declarations)
        return
    for name in names:
        desc = var_env.desc
        if name not in desc.names:
            var_env.desc = desc.extend(name)
            var_env.slots.append(UNDEFINED)
