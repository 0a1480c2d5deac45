"""structuredClone of Map and Set (runs once the realm has them)."""

import io

import pytest

from minijs.host.node import NodeHost


def run(tmp_path, text):
    path = tmp_path / "main.js"
    path.write_text(text)
    out = io.StringIO()
    host = NodeHost([], stdout=out, stderr=io.StringIO(), script_path=str(path))
    if "Map" not in host.realm.intrinsics or "Set" not in host.realm.intrinsics:
        pytest.skip("Map/Set are not installed yet")
    assert host.run_main(str(path)) == 0
    return out.getvalue()


def test_map_and_set_keep_entries_order_and_shared_references(tmp_path):
    out = run(tmp_path, """
        const key = { k: 1 };
        const m = new Map([[key, "a"], ["b", key]]);
        m.set("self", m);
        const c = structuredClone(m);
        const ck = [...c.keys()][0];
        console.log(c instanceof Map, c !== m, c.size, c.get("self") === c,
                    ck !== key, c.get("b") === ck);
        const s = structuredClone(new Set([1, "two", key]));
        console.log(s instanceof Set, [...s].length, [...s][2].k);
    """)
    assert out == "true true 3 true true true\ntrue 3 1\n"
