"""ES2024 ArrayBuffer.prototype.transfer / transferToFixedLength / detached
(node v20, the differential reference, lacks them: checked against the
spec's ArrayBufferCopyAndDetach here)."""

import pytest

from minijs.builtins import create_realm
from minijs.engine import compile_script, run_script
from minijs.runtime import realm as R
from minijs.runtime.errors import JSThrow


@pytest.fixture()
def js():
    realm = create_realm()
    previous = R.set_current(realm)

    def evaluate(source):
        return run_script(compile_script(source), realm)
    yield evaluate
    R.set_current(previous)


def test_transfer_preserves_resizability_and_detaches(js):
    assert js("""
        var rab = new ArrayBuffer(4, { maxByteLength: 16 });
        var ta = new Uint8Array(rab); ta[0] = 7; ta[3] = 9;
        var t = rab.transfer(6);
        [rab.detached, rab.byteLength, ta.length, t.resizable, t.maxByteLength,
         t.byteLength, new Uint8Array(t).join()].join()
    """) == "true,0,0,true,16,6,7,0,0,9,0,0"


def test_transfer_to_fixed_length(js):
    assert js("""
        var b = new ArrayBuffer(4, { maxByteLength: 8 });
        new Uint8Array(b)[1] = 5;
        var f = b.transferToFixedLength(2);
        [f.resizable, f.maxByteLength, f.byteLength, new Uint8Array(f)[1], b.detached].join()
    """) == "false,2,2,5,true"


def test_transfer_errors(js):
    for source in ("var b = new ArrayBuffer(1); b.transfer(); b.transfer()",
                   "ArrayBuffer.prototype.transfer.call(new SharedArrayBuffer(1))",
                   "new ArrayBuffer(2, { maxByteLength: 4 }).transfer(5)"):
        with pytest.raises(JSThrow):
            js(source)
