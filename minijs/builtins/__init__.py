"""The ECMAScript built-in objects, one module per family.

Each module exposes `install(realm)`, which creates its constructors and
prototypes, records them in `realm.intrinsics` and defines the global
bindings.  `create_realm()` runs every installer in dependency order.
"""

import importlib

__all__ = ["create_realm", "INSTALL_ORDER"]

# Families in the order their installers must run (later ones may use
# intrinsics of earlier ones).  A module missing from the tree is skipped,
# so the list can name families that are being written.
INSTALL_ORDER = (
    "object", "function", "error", "symbol", "array", "string", "number",
    "boolean", "bigint", "math", "json", "regexp", "date", "globals",
    "iterators", "map_set",
    "weak_collections", "weak_refs",
    "reflect", "proxy",
    "arraybuffer", "shared_array_buffer", "typed_array", "dataview", "atomics",
    "promise", "generator", "async_iteration",
)


def create_realm():
    """A new realm with every built-in installed (InitializeHostDefinedRealm)."""
    from minijs.runtime.realm import Realm, set_current
    realm = Realm()
    previous = set_current(realm)
    try:
        for name in INSTALL_ORDER:
            try:
                module = importlib.import_module("minijs.builtins." + name)
            except ModuleNotFoundError as exc:
                if exc.name != "minijs.builtins." + name:
                    raise
                continue
            module.install(realm)
    finally:
        set_current(previous)
    return realm
