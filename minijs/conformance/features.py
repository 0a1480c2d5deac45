"""test262 feature flags -> the ECMAScript edition that introduced them.

A test's `features:` front matter names what it needs; minijs targets
ES2022, so a test needing anything newer is left out of the rates.

The archive has no features.txt, so the table covers every feature the
tests in it use (test_parse262_sample checks that). Editions follow the
spec that first shipped the feature (ES6 = 2015); feature flags that name
an older spec's behaviour use that spec (`caller`: ES5). Stage 3 proposals
and anything not listed map to None: "newer than ES2022".
"""

TARGET_EDITION = 2022

_EDITIONS = {
    5: """caller""",
    2015: """
        __proto__ Array.prototype.values ArrayBuffer arrow-function class
        computed-property-names const cross-realm DataView
        DataView.prototype.getFloat32 DataView.prototype.getFloat64
        DataView.prototype.getInt16 DataView.prototype.getInt32
        DataView.prototype.getInt8 DataView.prototype.getUint16
        DataView.prototype.getUint32 DataView.prototype.setUint8
        default-parameters destructuring-assignment destructuring-binding
        Float32Array Float64Array for-of generators Int16Array Int32Array
        Int8Array let Map new.target Object.is Promise Proxy Reflect
        Reflect.construct Reflect.set Reflect.setPrototypeOf rest-parameters
        Set String.fromCodePoint String.prototype.endsWith
        String.prototype.includes super Symbol Symbol.hasInstance
        Symbol.isConcatSpreadable Symbol.iterator Symbol.match Symbol.replace
        Symbol.search Symbol.species Symbol.split Symbol.toPrimitive
        Symbol.toStringTag Symbol.unscopables tail-call-optimization template
        TypedArray Uint16Array Uint32Array Uint8Array Uint8ClampedArray
        WeakMap WeakSet
    """,
    # u180e: U+180E stopped being white space with Unicode 6.3 (ES2016).
    2016: """Array.prototype.includes exponentiation u180e""",
    # __getter__/__setter__: Annex B __defineGetter__ & co.
    2017: """__getter__ __setter__ async-functions Atomics SharedArrayBuffer""",
    2018: """
        async-iteration object-rest object-spread Promise.prototype.finally
        regexp-dotall regexp-lookbehind regexp-named-groups
        regexp-unicode-property-escapes Symbol.asyncIterator
    """,
    2019: """
        Array.prototype.flat Array.prototype.flatMap json-superset
        Object.fromEntries optional-catch-binding stable-array-sort
        stable-typedarray-sort string-trimming String.prototype.trimEnd
        String.prototype.trimStart Symbol.prototype.description
        well-formed-json-stringify
    """,
    # proxy-missing-checks: ecma262 PR #666; IsHTMLDDA: Annex B host hook.
    2020: """
        BigInt coalesce-expression dynamic-import
        export-star-as-namespace-from-module for-in-order globalThis
        import.meta IsHTMLDDA optional-chaining Promise.allSettled
        proxy-missing-checks String.prototype.matchAll Symbol.matchAll
    """,
    2021: """
        AggregateError align-detached-buffer-semantics-with-web-reality
        FinalizationRegistry logical-assignment-operators
        numeric-separator-literal Promise.any String.prototype.replaceAll
        WeakRef
    """,
    2022: """
        arbitrary-module-namespace-names Array.prototype.at
        class-fields-private class-fields-private-in class-fields-public
        class-methods-private class-static-block class-static-fields-private
        class-static-fields-public class-static-methods-private error-cause
        Object.hasOwn regexp-match-indices String.prototype.at top-level-await
        TypedArray.prototype.at
    """,
    2023: """array-find-from-last change-array-by-copy hashbang symbols-as-weakmap-keys""",
    2024: """
        array-grouping arraybuffer-transfer Atomics.waitAsync
        promise-with-resolvers regexp-v-flag resizable-arraybuffer
        String.prototype.isWellFormed String.prototype.toWellFormed
    """,
    2025: """
        Float16Array import-attributes iterator-helpers json-modules
        promise-try regexp-duplicate-named-groups regexp-modifiers
        RegExp.escape set-methods
    """,
    2026: """
        Array.fromAsync Error.isError iterator-sequencing
        json-parse-with-source Math.sumPrecise uint8array-base64 upsert
    """,
    # Stage 3 proposals (no edition yet).
    None: """
        Atomics.pause await-dictionary decorators error-stack-accessor
        explicit-resource-management immutable-arraybuffer import-bytes
        import-defer import-text Intl.Era-monthcode iterator-chunking
        iterator-includes Iterator.prototype.join joint-iteration
        legacy-regexp nonextensible-applies-to-private ShadowRealm
        source-phase-imports source-phase-imports-module-source Temporal
    """,
}

FEATURES = {name: edition for edition, names in _EDITIONS.items()
            for name in names.split()}


def edition(feature):
    """The edition year (5 for ES5) that introduced `feature`; None for a
    proposal or a feature this table does not know."""
    return FEATURES.get(feature)


def newer_features(features, target=TARGET_EDITION):
    """The features in `features` that are newer than `target` (or unknown)."""
    return [f for f in features if edition(f) is None or edition(f) > target]


def in_target(features, target=TARGET_EDITION):
    """Whether a test needing `features` is within the `target` edition."""
    return not newer_features(features, target)
