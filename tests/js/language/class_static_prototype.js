// A class may not define a static member named "prototype" (its own
// prototype property is non-configurable): methods, accessors and fields
// with computed keys throw a TypeError when the class is evaluated.
function t(name, f) { try { console.log(name, f()); } catch (e) { console.log(name, e.constructor.name, e.message); } }
t("getter", () => { class C { static get ['prototype']() { return 1; } } return typeof C; });
t("setter", () => { class C { static set ['prototype'](v) { } } return typeof C; });
t("method", () => { class C { static ['prototype']() { } } return typeof C; });
t("field", () => { class C { static ['prototype'] = 1; } return typeof C; });
t("getter-nc", () => { var p = 'prototype'; class C { static get [p]() { return 1; } } return typeof C; });
t("plain-getter", () => { class C { get ['constructor']() { return 1; } } return typeof C; });
/* expected
getter TypeError Classes may not have a static property named 'prototype'
setter TypeError Classes may not have a static property named 'prototype'
method TypeError Classes may not have a static property named 'prototype'
field TypeError Classes may not have a static property named 'prototype'
getter-nc TypeError Classes may not have a static property named 'prototype'
plain-getter function
*/
