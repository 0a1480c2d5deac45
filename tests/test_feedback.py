"""Type feedback: the interpreter records operand types and call targets,
baseline code records the types its fast paths were not built for, and
property sites go monomorphic -> polymorphic -> megamorphic."""

from minijs.bytecode.opcodes import FeedbackKind
from minijs.engine import compile_script, run_script
from minijs.host.node import NodeHost
from minijs.interpreter import feedback as FB
from minijs.interpreter.inline_cache import MEGAMORPHIC


def _run(source):
    host = NodeHost()
    run_script(compile_script(source, "feedback.js"), host.realm)
    return host


def _function_code(realm, name):
    fn = realm.global_object.get_fast(name)
    return fn.code


def _slots(code, kind):
    return [code.feedback_vector[i] for i, k in enumerate(code.feedback_kinds) if k == kind]


def test_binary_feedback_unions_the_types_seen_in_both_tiers():
    host = _run("""
        function add(a, b) { return a + b; }
        for (var i = 0; i < 5; i++) add(i, 1);        // interpreter, then baseline: ints
        add(1.5, 2);                                   // baseline slow path: a float
        add('a', 'b');                                 // and strings
    """)
    (bits,) = _slots(_function_code(host.realm, "add"), FeedbackKind.BINARY_OP)
    assert bits == FB.SMALL_INT | FB.NUMBER | FB.STRING
    assert FB.describe(bits) == "SignedSmall|Number|String"


def test_compare_feedback_and_int_only_sites():
    host = _run("""
        function lt(a, b) { return a < b; }
        for (var i = 0; i < 5; i++) lt(i, 3);
    """)
    (bits,) = _slots(_function_code(host.realm, "lt"), FeedbackKind.COMPARE)
    assert bits == FB.SMALL_INT


def test_call_feedback_is_monomorphic_then_megamorphic():
    host = _run("""
        function f() { return 1; } function g() { return 2; }
        function callIt(h) { return h(); }
        callIt(f);
        function callBoth(h) { return h(); }
        callBoth(f); callBoth(g);
    """)
    realm = host.realm
    (mono,) = _slots(_function_code(realm, "callIt"), FeedbackKind.CALL)
    assert mono is realm.global_object.get_fast("f")
    (mega,) = _slots(_function_code(realm, "callBoth"), FeedbackKind.CALL)
    assert mega is MEGAMORPHIC


def test_property_feedback_states():
    host = _run("""
        function getX(o) { return o.x; }
        getX({x: 1}); getX({x: 2});
        function getY(o) { return o.y; }
        getY({y: 1}); getY({a: 0, y: 1}); getY({b: 0, y: 1});
        function getZ(o) { return o.z; }
        [{z: 1}, {a: 0, z: 1}, {b: 0, z: 1}, {c: 0, z: 1}, {d: 0, z: 1}].forEach(getZ);
    """)
    realm = host.realm
    (mono,) = _slots(_function_code(realm, "getX"), FeedbackKind.PROPERTY_LOAD)
    assert type(mono) is tuple and mono[2] is None           # own property, one shape
    (poly,) = _slots(_function_code(realm, "getY"), FeedbackKind.PROPERTY_LOAD)
    assert type(poly) is list and len(poly) == 3
    (mega,) = _slots(_function_code(realm, "getZ"), FeedbackKind.PROPERTY_LOAD)
    assert mega is MEGAMORPHIC
