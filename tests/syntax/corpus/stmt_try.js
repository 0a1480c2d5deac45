try {} catch (e) {}
try { a(); } catch (err) { b(err); } finally { c(); }
try {} finally {}
try {} catch {}
try { throw new Error("x"); } catch { } finally { }
try {} catch ({ message, code = 0 }) {}
try {} catch ([first, ...rest]) {}
try {
  try { throw 1 } catch (e) { throw e }
} catch (e) {
  var e = 2;
}
throw a
throw { a: 1 };
function f() { throw new TypeError(`bad ${x}`) }
