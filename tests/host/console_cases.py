"""console calls tested against node: each case is JS source (run by node
to produce console_expected.json via gen_console_expected.py) and the
same calls made from Python (`run(realm, c)`, where `c(method, *args)`
calls console[method] with minijs values)."""

from host_values import Big, Sym, to_value
from minijs.runtime.values import NULL, UNDEFINED

CASES = []


def case(name, js, run):
    CASES.append((name, js, run))


def v(realm, d):
    return to_value(realm, d)


case("log_basic", 'console.log("a", 1, "b", {x: 1}, [1, "s"], null, undefined, -0, 2n, Symbol("q"))',
     lambda r, c: c("log", "a", 1, "b", v(r, {"x": 1}), v(r, [1, "s"]), NULL, UNDEFINED, -0.0,
                    v(r, Big(2)), v(r, Sym("q"))))
case("log_empty", "console.log()", lambda r, c: c("log"))
case("log_string_raw", 'console.log("it\'s \\"raw\\"\\n second line")',
     lambda r, c: c("log", "it's \"raw\"\n second line"))
case("format_s", 'console.log("%s|%s|%s|%s|%s", "str", 42, -0, {a: 1}, [1, [2, [3]]])',
     lambda r, c: c("log", "%s|%s|%s|%s|%s", "str", 42, -0.0, v(r, {"a": 1}), v(r, [1, [2, [3]]])))
case("format_s_more", 'console.log("%s %s %s %s", null, undefined, Symbol("x"), 3n)',
     lambda r, c: c("log", "%s %s %s %s", NULL, UNDEFINED, v(r, Sym("x")), v(r, Big(3))))
case("format_d", 'console.log("%d %d %d %d %d", "42.5", 7, "x", 10n, Symbol())',
     lambda r, c: c("log", "%d %d %d %d %d", "42.5", 7, "x", v(r, Big(10)), v(r, Sym(None))))
case("format_i_f", 'console.log("%i %i %f %f %i", "42.9px", -3.7, "1e3", "abc", "0x1A")',
     lambda r, c: c("log", "%i %i %f %f %i", "42.9px", -3.7, "1e3", "abc", "0x1A"))
case("format_percent", 'console.log("100%% %s %% %x %", "sure")',
     lambda r, c: c("log", "100%% %s %% %x %", "sure"))
case("format_extra_args", 'console.log("a %s", "b", "c", 4, {d: 5})',
     lambda r, c: c("log", "a %s", "b", "c", 4, v(r, {"d": 5})))
case("format_missing_args", 'console.log("%s and %d and %%", "one")',
     lambda r, c: c("log", "%s and %d and %%", "one"))
case("format_c_O", 'console.log("%cstyled%c %O", "color: red", "", {a: {b: {c: {d: 1}}}})',
     lambda r, c: c("log", "%cstyled%c %O", "color: red", "", v(r, {"a": {"b": {"c": {"d": 1}}}})))
case("format_o", 'console.log("%o", {a: [1, 2], b: "x"})',
     lambda r, c: c("log", "%o", v(r, {"a": [1, 2], "b": "x"})))
case("format_no_placeholder_first_obj", 'console.log({a: 1}, "%s", 2)',
     lambda r, c: c("log", v(r, {"a": 1}), "%s", 2))
case("format_trailing_percent", 'console.log("50%", 1)',
     lambda r, c: c("log", "50%", 1))
case("info_debug", 'console.info("info", 1); console.debug("debug", [2])',
     lambda r, c: (c("info", "info", 1), c("debug", "debug", v(r, [2]))))
case("group", 'console.group("G"); console.log("a\\nb"); console.log({a: 1, b: "x".repeat(77)}); '
     'console.group(); console.log([1, 2]); console.groupEnd(); console.groupCollapsed("C"); '
     'console.log("in"); console.groupEnd(); console.groupEnd(); console.groupEnd(); console.log("out")',
     lambda r, c: (c("group", "G"), c("log", "a\nb"), c("log", v(r, {"a": 1, "b": "x" * 77})),
                   c("group"), c("log", v(r, [1, 2])), c("groupEnd"), c("groupCollapsed", "C"),
                   c("log", "in"), c("groupEnd"), c("groupEnd"), c("groupEnd"), c("log", "out")))
case("count", 'console.count(); console.count(); console.count("x"); console.countReset(); '
     'console.count(); console.count("x"); console.count(1); console.count(undefined)',
     lambda r, c: (c("count"), c("count"), c("count", "x"), c("countReset"), c("count"),
                   c("count", "x"), c("count", 1), c("count", UNDEFINED)))
case("assert", 'console.assert(true, "no"); console.log("-"); console.assert(0); '
     'console.assert(false, "x %s", "y"); console.assert(null, {a: 1}, 2)',
     lambda r, c: (c("assert", True, "no"), c("log", "-"), c("assert", 0),
                   c("assert", False, "x %s", "y"), c("assert", NULL, v(r, {"a": 1}), 2)))
case("dir", 'console.dir({a: {b: {c: {d: 1}}}}); console.dir({a: {b: {c: {d: 1}}}}, {depth: 0}); '
     'console.dir("str"); console.dir([1, 2], {depth: null})',
     lambda r, c: (c("dir", v(r, {"a": {"b": {"c": {"d": 1}}}})),
                   c("dir", v(r, {"a": {"b": {"c": {"d": 1}}}}), v(r, {"depth": 0})),
                   c("dir", "str"), c("dir", v(r, [1, 2]), v(r, {"depth": None}))))
case("table_objects", 'console.table([{a: 1, b: "xyz"}, {a: 22, c: [1, 2, 3, 4]}, 5])',
     lambda r, c: c("table", v(r, [{"a": 1, "b": "xyz"}, {"a": 22, "c": [1, 2, 3, 4]}, 5])))
case("table_nested", 'console.table({r1: {c: 1}, r2: {c: {x: 1, y: 2, z: 3}}, r3: {c: {x: 1}}})',
     lambda r, c: c("table", v(r, {"r1": {"c": 1}, "r2": {"c": {"x": 1, "y": 2, "z": 3}},
                                   "r3": {"c": {"x": 1}}})))
case("table_props", 'console.table([[1, 2], [3]], ["0"]); console.table([{a: 1, b: 2}, 3], ["b", "1"])',
     lambda r, c: (c("table", v(r, [[1, 2], [3]]), v(r, ["0"])),
                   c("table", v(r, [{"a": 1, "b": 2}, 3]), v(r, ["b", "1"]))))
case("table_primitive", 'console.table(3); console.table("s"); console.table([]); console.table(null)',
     lambda r, c: (c("table", 3), c("table", "s"), c("table", v(r, [])), c("table", NULL)))
case("table_unicode", 'console.table([{name: "日本", v: "ok"}, {name: "abc", v: "\u00e9t\u00e9"}])',
     lambda r, c: c("table", v(r, [{"name": "日本", "v": "ok"}, {"name": "abc", "v": "\u00e9t\u00e9"}])))
case("table_in_group", 'console.group(); console.table([1]); console.groupEnd()',
     lambda r, c: (c("group"), c("table", v(r, [1])), c("groupEnd")))
case("warn_error_stdout_order", 'console.error("err"); console.warn("warn %d", 1); console.log("out")',
     lambda r, c: (c("error", "err"), c("warn", "warn %d", 1), c("log", "out")))
