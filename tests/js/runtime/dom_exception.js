// DOMException, a global in node: name / message / code getters on the
// prototype, the legacy code constants, the options bag (name, cause),
// subclassing, and structuredClone's DataCloneError being one.
const e = new DOMException("msg", "AbortError");
console.log(e.name, e.message, e.code, e instanceof Error, e instanceof DOMException, Object.prototype.toString.call(e), String(e), Object.keys(e), Object.getOwnPropertyNames(e));
console.log(Object.getOwnPropertyNames(DOMException.prototype).join(), DOMException.length, DOMException.name);
console.log(Object.getOwnPropertyNames(DOMException).join());
console.log(new DOMException().name, new DOMException().message, new DOMException("x", { name: "DataCloneError", cause: 1 }).code, new DOMException("x", { cause: 1 }).cause);
console.log(new DOMException("", "ValidationError").code, new DOMException("x", { cause: 1 }).name, new DOMException("x", null).name, new DOMException(undefined).message, new DOMException(null, undefined).name);
try { DOMException(); } catch (err) { console.log(err.constructor.name, err.message); }
try { Object.getOwnPropertyDescriptor(DOMException.prototype, "name").get.call({}); } catch (err) { console.log(err.constructor.name, err.code, err.message); }
console.log(e.stack.split("\n")[0], typeof e.stack);
console.log(Object.getOwnPropertyDescriptor(DOMException.prototype, "code"), Object.getOwnPropertyDescriptor(DOMException, "ABORT_ERR"), DOMException.prototype[Symbol.toStringTag]);
console.log(Object.getOwnPropertyDescriptor(globalThis, "DOMException"), Object.getPrototypeOf(DOMException.prototype) === Error.prototype);
class X extends DOMException {}
const x = new X("m", "TimeoutError");
console.log(x.name, x.code, x instanceof DOMException, Object.prototype.toString.call(x), x.constructor.name);
e.name = 1; console.log(e.name, JSON.stringify(e), new DOMException("a", "b").toString === Error.prototype.toString);
try { structuredClone(() => 1); } catch (err) { console.log(err.name, err.constructor.name, err.code, err instanceof DOMException, err.message); }
try { structuredClone(Symbol("s")); } catch (err) { console.log(err.name, err.message); }
/* expected
AbortError msg 20 true true [object DOMException] AbortError: msg [] [ 'stack' ]
constructor,name,message,code,INDEX_SIZE_ERR,DOMSTRING_SIZE_ERR,HIERARCHY_REQUEST_ERR,WRONG_DOCUMENT_ERR,INVALID_CHARACTER_ERR,NO_DATA_ALLOWED_ERR,NO_MODIFICATION_ALLOWED_ERR,NOT_FOUND_ERR,NOT_SUPPORTED_ERR,INUSE_ATTRIBUTE_ERR,INVALID_STATE_ERR,SYNTAX_ERR,INVALID_MODIFICATION_ERR,NAMESPACE_ERR,INVALID_ACCESS_ERR,VALIDATION_ERR,TYPE_MISMATCH_ERR,SECURITY_ERR,NETWORK_ERR,ABORT_ERR,URL_MISMATCH_ERR,QUOTA_EXCEEDED_ERR,TIMEOUT_ERR,INVALID_NODE_TYPE_ERR,DATA_CLONE_ERR 0 DOMException
length,name,prototype,INDEX_SIZE_ERR,DOMSTRING_SIZE_ERR,HIERARCHY_REQUEST_ERR,WRONG_DOCUMENT_ERR,INVALID_CHARACTER_ERR,NO_DATA_ALLOWED_ERR,NO_MODIFICATION_ALLOWED_ERR,NOT_FOUND_ERR,NOT_SUPPORTED_ERR,INUSE_ATTRIBUTE_ERR,INVALID_STATE_ERR,SYNTAX_ERR,INVALID_MODIFICATION_ERR,NAMESPACE_ERR,INVALID_ACCESS_ERR,VALIDATION_ERR,TYPE_MISMATCH_ERR,SECURITY_ERR,NETWORK_ERR,ABORT_ERR,URL_MISMATCH_ERR,QUOTA_EXCEEDED_ERR,TIMEOUT_ERR,INVALID_NODE_TYPE_ERR,DATA_CLONE_ERR
Error  25 1
0 undefined null  Error
TypeError Class constructor DOMException cannot be invoked without 'new'
TypeError ERR_INVALID_THIS Value of "this" must be of DOMException
AbortError: msg string
{
  get: [Function: get code],
  set: undefined,
  enumerable: true,
  configurable: true
} { value: 20, writable: false, enumerable: true, configurable: false } DOMException
{
  value: [class DOMException] {
    INDEX_SIZE_ERR: 1,
    DOMSTRING_SIZE_ERR: 2,
    HIERARCHY_REQUEST_ERR: 3,
    WRONG_DOCUMENT_ERR: 4,
    INVALID_CHARACTER_ERR: 5,
    NO_DATA_ALLOWED_ERR: 6,
    NO_MODIFICATION_ALLOWED_ERR: 7,
    NOT_FOUND_ERR: 8,
    NOT_SUPPORTED_ERR: 9,
    INUSE_ATTRIBUTE_ERR: 10,
    INVALID_STATE_ERR: 11,
    SYNTAX_ERR: 12,
    INVALID_MODIFICATION_ERR: 13,
    NAMESPACE_ERR: 14,
    INVALID_ACCESS_ERR: 15,
    VALIDATION_ERR: 16,
    TYPE_MISMATCH_ERR: 17,
    SECURITY_ERR: 18,
    NETWORK_ERR: 19,
    ABORT_ERR: 20,
    URL_MISMATCH_ERR: 21,
    QUOTA_EXCEEDED_ERR: 22,
    TIMEOUT_ERR: 23,
    INVALID_NODE_TYPE_ERR: 24,
    DATA_CLONE_ERR: 25
  },
  writable: true,
  enumerable: false,
  configurable: true
} true
TimeoutError 23 true [object DOMException] X
AbortError {} true
DataCloneError DOMException 25 true () => 1 could not be cloned.
DataCloneError Symbol(s) could not be cloned.
*/
