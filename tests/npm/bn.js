// bn.js: big integers on 26-bit limbs (typed arrays, Montgomery reduction).
const BN = require("bn.js");

const a = new BN("123456789012345678901234567890"), b = new BN(987654321);
console.log(a.mul(b).toString(16), a.pow(new BN(3)).toString());
console.log(a.mod(b).toString(), a.sqr().shrn(7).toString(36), a.invm(new BN(1000003)).toString());
const p = new BN("fffffffffffffffffffffffffffffffeffffffffffffffff", 16);
const red = BN.red(p);
console.log(new BN(12345).toRed(red).redPow(new BN("deadbeefcafe", 16)).fromRed().toString(16));
console.log(a.neg().toTwos(128).toString(16), new BN(-5).divRound(new BN(2)).toString(), a.bitLength(), a.toArray("le", 16));
console.log(BN.isBN(a), a.cmp(b), a.gcd(new BN(30)).toString(), new BN("z", 36).toNumber());
