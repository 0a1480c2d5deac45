"""Byte-level mutation of real JS programs (the repo's tests/js/**.js).

Mutations keep most of a program intact so the parser lets it through
often enough to reach the engine behind it: flip a byte, insert or
delete a few bytes, duplicate or drop a chunk, splice in a chunk of
another program, insert JS punctuation or an "interesting" token.
"""

import random

__all__ = ["mutate"]

_TOKENS = [b"(", b")", b"{", b"}", b"[", b"]", b";", b",", b".", b"...", b"=>", b"?.", b"??", b"**",
           b"new ", b"yield ", b"await ", b"async ", b"function ", b"class ", b"extends ", b"super",
           b"this", b"arguments", b"`${", b"}`", b"/a+/g", b"-0", b"1e308", b"0n", b"NaN", b"null",
           b"undefined", b"__proto__", b"constructor", b"Symbol.iterator", b"Proxy", b"Reflect",
           b"delete ", b"typeof ", b"in ", b"of ", b"let ", b"const ", b"var ", b"try{", b"}catch{}",
           b"finally{}", b"\\u{10FFFF}", b"\xf0\x9f\x98\x80", b"\x00", b"\xff", b"/*", b"*/", b"//",
           b"'", b'"', b"\\", b"=", b"==", b"!", b"~", b"#x", b"@", b"label:", b"break ", b"continue ",
           b"Array(1e6)", b".length=2**32-1", b"valueOf(){}", b"get x(){}", b"static{}"]


def mutate(data, rng, other=None, rounds=None):
    """A mutated copy of the bytes `data`; `other` (bytes) feeds splices."""
    data = bytearray(data)
    for _ in range(rounds or rng.randrange(1, 6)):
        if not data:
            data += rng.choice(_TOKENS)
            continue
        kind = rng.randrange(8)
        pos = rng.randrange(len(data))
        if kind == 0:
            data[pos] ^= 1 << rng.randrange(8)
        elif kind == 1:
            data[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 4)))
        elif kind == 2:
            del data[pos:pos + rng.randrange(1, 16)]
        elif kind == 3:
            end = min(len(data), pos + rng.randrange(1, 200))
            chunk = data[pos:end]
            at = rng.randrange(len(data) + 1)
            data[at:at] = chunk
        elif kind == 4:
            del data[pos:pos + rng.randrange(1, 400)]
        elif kind == 5 and other:
            start = rng.randrange(len(other))
            chunk = other[start:start + rng.randrange(1, 300)]
            data[pos:pos] = chunk
        else:
            data[pos:pos] = rng.choice(_TOKENS)
    return bytes(data)


def mutations(seeds, seed):
    """An endless stream of (name, bytes) mutants of the files `seeds`."""
    rng = random.Random(seed)
    contents = [(p, p.read_bytes()) for p in seeds]
    n = 0
    while True:
        path, data = rng.choice(contents)
        _, other = rng.choice(contents)
        n += 1
        yield "%s#%d" % (path.name, n), mutate(data, rng, other)
