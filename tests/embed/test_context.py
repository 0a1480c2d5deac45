"""minijs.Context: evaluation, conversion both ways, exposure of Python
callables, JS errors as JSError, the event loop, threads."""

import threading

import pytest

import minijs


@pytest.fixture
def ctx():
    return minijs.Context(time_limit=5)


def test_eval_returns_completion_value_and_keeps_globals(ctx):
    assert ctx.eval("let n = 6 * 7; n") == 42
    assert ctx.eval("var v = 'x'; n + 1") == 43
    assert ctx.get("n") == 42
    assert ctx.get("v") == "x"


def test_values_convert_to_python(ctx):
    assert ctx.eval("({a: [1, 2.5, 'é😀', null, undefined, true], b: {c: 10n}})") == \
        {"a": [1, 2.5, "é😀", None, None, True], "b": {"c": 10}}
    assert ctx.eval("0.5 * 4") == 2 and type(ctx.eval("0.5 * 4")) is int
    assert str(ctx.eval("-0")) == "-0.0"
    assert ctx.eval("NaN") != ctx.eval("NaN")
    assert ctx.eval("2 ** 60") == float(2 ** 60)
    # only own enumerable string keys, like JSON
    assert ctx.eval("var o = Object.create({inherited: 1}); o.own = 2; "
                    "Object.defineProperty(o, 'hidden', {value: 3}); o[Symbol()] = 4; o") == {"own": 2}


def test_cycles_convert_to_cycles(ctx):
    a = ctx.eval("var a = [1]; a.push(a); a")
    assert a[1] is a
    b = [1]
    b.append(b)
    ctx.set("b", b)
    assert ctx.eval("b[1] === b")


def test_values_convert_to_js(ctx):
    ctx.set("data", {"x": [1, 2, {"y": "é😀"}], "f": 1.5, "n": None, "t": (True, False)})
    assert ctx.eval("JSON.stringify(data)") == '{"x":[1,2,{"y":"é😀"}],"f":1.5,"n":null,"t":[true,false]}'
    assert ctx.eval("data.x[2].y.length") == 3              # UTF-16 units
    assert ctx.eval("Array.isArray(data.x) && Object.getPrototypeOf(data) === Object.prototype")
    ctx.set("big", 2 ** 70)
    assert ctx.eval("typeof big") == "number"


def test_non_json_python_values_are_refused(ctx):
    for value in (object(), {1: 2}, {1, 2}, b"bytes", print):
        with pytest.raises(minijs.ConversionError):
            ctx.set("x", value)


def test_symbols_do_not_cross(ctx):
    with pytest.raises(minijs.ConversionError):
        ctx.eval("Symbol('s')")


def test_call_by_name_dotted_and_proxy(ctx):
    assert ctx.call("Math.max", 1, 5, 3) == 5
    assert ctx.call("JSON.stringify", {"a": [1]}) == '{"a":[1]}'
    ctx.eval("function add(a, b) { return a + b }")
    assert ctx.call("add", 2, 3) == 5
    assert ctx.call("add", "a", "b") == "ab"
    double = ctx.eval("(x => x * 2)")
    assert isinstance(double, minijs.JSFunction)
    assert double(21) == 42
    assert ctx.call(double, 4) == 8
    assert ctx.eval("[1, 2, 3]") == [1, 2, 3]
    ctx.set("g", double)
    assert ctx.eval("g(5)") == 10


def test_functions_stay_in_their_context():
    a, b = minijs.Context(), minijs.Context()
    f = a.eval("(() => 1)")
    with pytest.raises(minijs.ConversionError):
        b.set("f", f)
    with pytest.raises(minijs.ConversionError):
        b.call(f)


def test_calling_a_non_function_is_a_type_error(ctx):
    with pytest.raises(minijs.JSError) as info:
        ctx.call("Math.PI")
    assert info.value.name == "TypeError"
    with pytest.raises(minijs.JSError) as info:
        ctx.call("nope")
    assert info.value.name == "ReferenceError"
    assert info.value.message == "nope is not defined"


def test_expose_python_callables(ctx):
    seen = []
    ctx.expose("add", lambda a, b: a + b)
    ctx.expose("record", lambda *args: seen.append(args))
    assert ctx.eval("add(2, 3)") == 5
    assert ctx.eval("add.length") == 2 and ctx.eval("add.name") == "add"
    ctx.eval("record(1, 'two', [3], {four: 4}, null)")
    assert seen == [(1, "two", [3], {"four": 4}, None)]
    ctx.expose("twice", lambda f, x: f(f(x)))
    assert ctx.eval("twice(x => x + 1, 5)") == 7


def test_exposed_function_exceptions_become_js_errors(ctx):
    def fail(message):
        raise ValueError(message)
    ctx.expose("fail", fail)
    assert ctx.eval("try { fail('boom') } catch (e) { [e instanceof Error, e.message] }") == \
        [True, "ValueError: boom"]
    with pytest.raises(minijs.JSError) as info:
        ctx.eval("fail('x')")
    assert info.value.message == "ValueError: x"

    def nested():
        return ctx.eval("null.p")
    ctx.expose("nested", nested)
    assert ctx.eval("try { nested() } catch (e) { e.constructor.name }") == "TypeError"


def test_js_errors_raise_jserror(ctx):
    with pytest.raises(minijs.JSError) as info:
        ctx.eval("function f() { null.x }\nf()", filename="prog.js")
    e = info.value
    assert (e.name, e.message) == ("TypeError", "Cannot read properties of null (reading 'x')")
    assert e.stack.startswith("TypeError: Cannot read properties of null")
    assert "at f (prog.js:1:" in e.stack
    with pytest.raises(minijs.JSError) as info:
        ctx.eval("throw {code: 7}")
    assert info.value.name == "" and info.value.value == {"code": 7}
    with pytest.raises(minijs.JSError) as info:
        ctx.eval("class X extends Error { constructor() { super('m'); this.name = 'X' } }; throw new X")
    assert (info.value.name, info.value.message) == ("X", "m")


def test_syntax_errors(ctx):
    with pytest.raises(minijs.JSError) as info:
        ctx.eval("let = =")
    assert info.value.name == "SyntaxError"


def test_eval_file(ctx, tmp_path):
    p = tmp_path / "prog.js"
    p.write_text("var fromFile = [1, 2].map(x => x * 10)")
    ctx.eval_file(p)
    assert ctx.get("fromFile") == [10, 20]


def test_set_updates_lexical_globals(ctx):
    ctx.eval("let counter = 1; const fixed = 2")
    ctx.set("counter", 5)
    assert ctx.eval("counter") == 5
    with pytest.raises(minijs.JSError):
        ctx.set("fixed", 3)


def test_microtasks_run_after_eval_and_timers_in_run_until_idle(ctx):
    ctx.eval("var out = []; setTimeout(() => out.push('timer'), 5);"
             "Promise.resolve().then(() => out.push('micro')); queueMicrotask(() => out.push('q'))")
    assert ctx.get("out") == ["micro", "q"]
    ctx.run_until_idle()
    assert ctx.get("out") == ["micro", "q", "timer"]


def test_uncaught_error_in_a_timer_raises_from_run_until_idle(ctx):
    ctx.eval("setTimeout(() => { throw new RangeError('late') }, 1)")
    with pytest.raises(minijs.JSError) as info:
        ctx.run_until_idle()
    assert (info.value.name, info.value.message) == ("RangeError", "late")


def test_no_host_capabilities_by_default(ctx):
    assert ctx.eval("[typeof require, typeof process, typeof module, typeof console, "
                    "typeof fetch, typeof globalThis.Deno]") == ["undefined"] * 6
    assert ctx.eval("typeof setTimeout") == "function"


def test_console_is_optional():
    lines = []
    ctx = minijs.Context(console=lines.append)
    ctx.eval("console.log('hi', [1, 2]); console.error('e')")
    assert lines == ["hi [ 1, 2 ]", "e"]


def test_contexts_are_isolated():
    a, b = minijs.Context(), minijs.Context()
    a.eval("var shared = 1; Array.prototype.evil = 1")
    assert b.eval("typeof shared") == "undefined"
    assert b.eval("[].evil") is None


def test_contexts_from_many_threads():
    errors = []

    def work(i):
        try:
            ctx = minijs.Context(time_limit=10)
            ctx.eval("function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2) }")
            for _ in range(3):
                assert ctx.call("fib", 15 + i % 3) == [610, 987, 1597][i % 3]
        except BaseException as exc:      # reported below
            errors.append(exc)
    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []


def test_one_context_shared_by_threads():
    ctx = minijs.Context()
    ctx.eval("var count = 0; function bump() { return ++count }")
    threads = [threading.Thread(target=lambda: [ctx.call("bump") for _ in range(50)]) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert ctx.get("count") == 200


def test_argument_validation():
    with pytest.raises(ValueError):
        minijs.Context(time_limit=0)
    with pytest.raises(ValueError):
        minijs.Context(memory_limit=-1)
    with pytest.raises(ValueError):
        minijs.Context(stack_limit=0)


def test_jit_false_turns_the_jit_off_for_the_calls():
    from minijs.jit.options import OPTIONS
    before = OPTIONS.enabled
    ctx = minijs.Context(jit=False)
    ctx.expose("jit_on", lambda: OPTIONS.enabled)
    assert ctx.eval("jit_on()") is False
    assert OPTIONS.enabled == before


def test_keyboard_interrupt_while_waiting_stops_the_js():
    import subprocess
    import sys
    import signal
    import time
    code = ("import minijs, sys\n"
            "ctx = minijs.Context()\n"
            "print('ready', flush=True)\n"
            "try:\n"
            "    ctx.eval('for (;;) {}')\n"
            "except KeyboardInterrupt:\n"
            "    print(ctx.eval('1 + 1'), flush=True)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdout.readline() == "ready\n"
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    out, _ = proc.communicate(timeout=20)
    assert out == "2\n"


def test_a_js_error_through_python_keeps_its_identity():
    ctx = minijs.Context()
    ctx.eval("var boom = new RangeError('same'); function thrower() { throw boom }")
    ctx.expose("via_python", lambda: ctx.call("thrower"))
    assert ctx.eval("try { via_python() } catch (e) { e === boom }") is True
    other = minijs.Context()
    other.expose("cross", lambda: ctx.call("thrower"))
    assert other.eval("try { cross() } catch (e) { [e.name, e.message, e instanceof RangeError] }") == \
        ["RangeError", "same", True]
