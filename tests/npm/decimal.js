// decimal.js: arbitrary-precision decimal arithmetic.
const Decimal = require("decimal.js");

console.log(new Decimal(0.1).plus(0.2).toString(), 0.1 + 0.2);
Decimal.set({ precision: 50 });
console.log(Decimal.sqrt(2).toString());
console.log(new Decimal(1).exp().toString());
console.log(Decimal.acos(-1).toFixed(40));
console.log(new Decimal("123456789.123456789").times("987654321.987654321").toString());
console.log(new Decimal(2).pow(200).toString(), new Decimal(2).pow(-10).toString());
console.log(new Decimal("1e-7").toString(), new Decimal("12345.6789").toExponential(3), new Decimal(255).toHexadecimal());
console.log(new Decimal(10).ln().toSignificantDigits(20).toString(), new Decimal(-7).mod(3).toString());
console.log(new Decimal(1).dividedBy(7).toFraction(1000).map(String));
console.log(Decimal.max(1, "2.5", -3).toString(), new Decimal(NaN).isNaN(), new Decimal(-0).isNegative());
