// null[key] / undefined[key]: the base is checked before the key is
// converted (GetValue / PutValue), also in compound and logical
// assignments and updates.
function t(name, f) { try { console.log(name, f()); } catch (e) { console.log(name, e.constructor.name, e.message); } }
const prop = { toString() { throw new Error("key converted"); } };
t("get", () => { var base = null; return base[prop]; });
t("compound", () => { var base = null; base[prop] ^= 1; });
t("assign", () => { var base = null; base[prop] = 1; });
t("inc", () => { var base = null; base[prop]++; });
t("logical", () => { var base = null; base[prop] ??= 1; });
t("undef", () => { var base; base[prop] += 1; });
t("string key", () => { var base; base["k"] += 1; });
t("symbol key", () => { var base = null; return base[Symbol("s")]; });
/* expected
get TypeError Cannot read properties of null
compound TypeError Cannot read properties of null
assign TypeError Cannot set properties of null
inc TypeError Cannot read properties of null
logical TypeError Cannot read properties of null
undef TypeError Cannot read properties of undefined
string key TypeError Cannot read properties of undefined (reading 'k')
symbol key TypeError Cannot read properties of null (reading 'Symbol(s)')
*/
