"""util.inspect against node v20: every case of inspect_cases.py must
print exactly what node printed (inspect_expected.json)."""

import json
import os

import pytest

from host_values import make_realm, to_value
from inspect_cases import CASES
from minijs.host.inspect import inspect

with open(os.path.join(os.path.dirname(__file__), "inspect_expected.json")) as _f:
    EXPECTED = json.load(_f)


def to_units(s):
    """A real str as UTF-16 code units (astral characters as pairs)."""
    out = []
    for ch in s:
        o = ord(ch)
        if o > 0xFFFF:
            o -= 0x10000
            out.append(chr(0xD800 + (o >> 10)))
            out.append(chr(0xDC00 + (o & 0x3FF)))
        else:
            out.append(ch)
    return "".join(out)


@pytest.fixture(scope="module")
def realm():
    return make_realm()


@pytest.mark.parametrize("name,desc", CASES, ids=[n for n, _ in CASES])
def test_inspect_matches_node(realm, name, desc):
    from minijs.runtime import realm as realms
    realms.set_current(realm)
    value = to_value(realm, desc)
    assert inspect(value) == to_units(EXPECTED[name])


from inspect_cases import OPTION_CASES  # noqa: E402


@pytest.mark.parametrize("name,desc,js_opts,py_opts", OPTION_CASES,
                         ids=[c[0] for c in OPTION_CASES])
def test_inspect_options_match_node(realm, name, desc, js_opts, py_opts):
    from minijs.runtime import realm as realms
    realms.set_current(realm)
    value = to_value(realm, desc)
    assert inspect(value, **py_opts) == to_units(EXPECTED[name])
