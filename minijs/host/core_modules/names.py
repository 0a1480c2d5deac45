"""Which specifiers name node's core modules (cheap to import: the
require() hook consults it for every specifier).

    core_module_name(spec) -> the module's id ("fs", "fs/promises", ...)
                              or None for anything else; raises
                              ERR_UNKNOWN_BUILTIN_MODULE for `node:` with
                              a name node does not have (as require and
                              import do; require.resolve does not).

A core module wins over node_modules (require('fs') never looks on
disk).  Names node 20 has but minijs does not implement still resolve as
core modules; loading one fails (loader.py) rather than picking up a
package of that name that node would never load.
"""

__all__ = ["NODE_BUILTINS", "SCHEME_ONLY", "core_module_name"]

# require('module').builtinModules of node v20 (without the `node:`-only ones)
NODE_BUILTINS = (
    "_http_agent", "_http_client", "_http_common", "_http_incoming", "_http_outgoing",
    "_http_server", "_stream_duplex", "_stream_passthrough", "_stream_readable",
    "_stream_transform", "_stream_wrap", "_stream_writable", "_tls_common", "_tls_wrap",
    "assert", "assert/strict", "async_hooks", "buffer", "child_process", "cluster",
    "console", "constants", "crypto", "dgram", "diagnostics_channel", "dns", "dns/promises",
    "domain", "events", "fs", "fs/promises", "http", "http2", "https", "inspector",
    "inspector/promises", "module", "net", "os", "path", "path/posix", "path/win32",
    "perf_hooks", "process", "punycode", "querystring", "readline", "readline/promises",
    "repl", "stream", "stream/consumers", "stream/promises", "stream/web",
    "string_decoder", "sys", "timers", "timers/promises", "tls", "trace_events", "tty",
    "url", "util", "util/types", "v8", "vm", "wasi", "worker_threads", "zlib")

# Loadable only with the scheme (require('test') looks in node_modules).
SCHEME_ONLY = ("test",)

_NAMES = frozenset(NODE_BUILTINS)


def core_module_name(spec, unknown_is_error=True):
    """`unknown_is_error=False`: None for "node:<unknown>" too (node's
    require.resolve treats it as a file name)."""
    if spec in _NAMES:
        return spec
    if spec.startswith("node:"):
        name = spec[5:]
        if name in _NAMES or name in SCHEME_ONLY:
            return name
        if not unknown_is_error:
            return None
        from minijs.host.node_errors import node_error
        raise node_error("Error", "ERR_UNKNOWN_BUILTIN_MODULE",
                         "No such built-in module: %s" % spec)
    return None
