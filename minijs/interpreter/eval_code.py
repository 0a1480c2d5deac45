"""`eval` (ECMA-262 19.2.1).

Indirect eval (`(0, eval)(src)`, `globalThis.eval(src)`) runs the source
as a script of the realm.  Direct eval in a function needs the caller's
scope: the compiler refuses it for now ("direct eval is not supported
yet"), so CALL_EVAL only reaches `direct_eval` at the top level of
scripts compiled with it in the future.
"""

from minijs.builtins.support import arg, define_value, make_function
from minijs.runtime import errors
from minijs.syntax.errors import JSSyntaxError

__all__ = ["install_eval", "perform_eval", "direct_eval"]


def perform_eval(realm, source):
    """PerformEval (19.2.1.1) for an indirect call."""
    if type(source) is not str:
        return source
    from minijs.engine import Script, _compile, run_script
    script = Script("<anonymous>", source)
    try:
        code = _compile(source, script)
    except JSSyntaxError as err:
        raise errors.syntax_error(err.message) from None
    return run_script(code, realm)


def install_eval(realm):
    def eval_(this, args):
        return perform_eval(realm, arg(args, 0))
    fn = make_function(realm, eval_, "eval", 1)
    realm.intrinsics["eval"] = fn
    define_value(realm.global_object, "eval", fn)


def direct_eval(frame, args, descriptor):
    raise errors.syntax_error("direct eval is not supported yet")
