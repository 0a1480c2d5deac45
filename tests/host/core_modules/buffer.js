const { Buffer } = require('buffer');
const b=Buffer.from('héllo wörld \ud800 😀'); console.log(b, b.toString(), b.toString('hex'), b.toString('base64'), b.toString('latin1'), b.toString('ascii'), b.toString('utf16le').length, b.toString('base64url'));
console.log(Buffer.from('aGk=', 'base64'), Buffer.from('aGk', 'base64'), Buffer.from('a G\nk=', 'base64'), Buffer.from('abzz12', 'hex'), Buffer.from('abc', 'hex'), Buffer.from([1, 256, -1, 3.7]), Buffer.alloc(3), Buffer.alloc(5, 'ab'), Buffer.alloc(3, 7), Buffer.from('€', 'latin1'), Buffer.from('hi', 'utf16le'));
console.log(Buffer.concat([Buffer.from('a'), Buffer.from('bc')]), Buffer.byteLength('€'), Buffer.isBuffer(Buffer.alloc(0)), Buffer.isBuffer(new Uint8Array(1)), Buffer.alloc(0), Buffer.alloc(60), JSON.stringify(Buffer.from('ab')), Buffer.from('abc').slice(1).toString(), Buffer.from('abc').equals(Buffer.from('abc')), Buffer.compare(Buffer.from('a'), Buffer.from('b')));
try { Buffer.from('x', 'nope') } catch (e) { console.log(e.code, e.message) }
try { Buffer.alloc(-1) } catch (e) { console.log(e.code, e.message) }
try { Buffer.from(5) } catch (e) { console.log(e.code, e.message) }
console.log(Buffer.name, typeof Buffer.prototype.readUInt8, Buffer.from('x') instanceof Uint8Array, Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype, Buffer.from('abc').toString('utf8', 1, 2), String(Buffer.from('xyz')), Buffer.from('abc') + '', Buffer.from('hello').indexOf('l'), Buffer.from('hello').includes('ell'), [...Buffer.from('ab')]);
const b2 = Buffer.from('ab'); b2.extra = 1; console.log(b2, [b2], {b2});
const w = Buffer.alloc(6); console.log(w.write('hi€'), w, w.write('zz', 4), w, Buffer.from(Buffer.from('copy')), Buffer.from(new Uint8Array([5, 6]).buffer), Buffer.from('abc').map((x) => x + 1), Buffer.from('abcdef').subarray(2, 4));
console.log(Buffer.from('abc').lastIndexOf('c'), Buffer.from('aXbXc').indexOf(88, 2), JSON.parse(Buffer.from('{"a":1}')), Buffer.from({type: 'Buffer', data: [1, 2]}), Buffer.isEncoding('UTF8'), Buffer.isEncoding('x'));
