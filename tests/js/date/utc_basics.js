// Date in UTC: construction, getters/setters, string forms, Date.parse/UTC
const d = new Date(2020, 0, 2, 3, 4, 5, 6);
console.log(d.getTime(), d.toString(), d.toISOString(), d.toUTCString(), d.toJSON());
console.log(d.toDateString(), "|", d.toTimeString(), "|", d.toLocaleString(), "|", d.toLocaleDateString(), "|", d.toLocaleTimeString());
console.log(d.getFullYear(), d.getMonth(), d.getDate(), d.getDay(), d.getHours(), d.getMinutes(), d.getSeconds(), d.getMilliseconds(), d.getTimezoneOffset());
console.log(d.setMonth(13), d.setDate(0), d.setHours(25, 61), d.setFullYear(99), d.getYear(), d.setYear(5), d.getFullYear());
console.log(new Date(NaN).getTime(), String(new Date(NaN)), new Date(NaN).setMonth(1), new Date(NaN).setFullYear(2000));
try { new Date(NaN).toISOString(); } catch (e) { console.log(e.name + ": " + e.message); }
try { Date.prototype.getTime.call({}); } catch (e) { console.log(e.name + ": " + e.message); }
console.log(Date.UTC(2020), Date.UTC(99, 1), Date.UTC(), Date.parse("2020-01-02T03:04:05.678+01:00"), Date.parse("Jan 2 2020 10:00 PM"));
console.log(new Date(8.64e15).toISOString(), new Date(-1).toISOString(), new Date(-62198755200000).toISOString(), new Date(8.64e15 + 1).getTime());
console.log(new Date("2020-02-30").getTime(), new Date(2020, 1).valueOf(), new Date(new Date(5)).getTime(), typeof Date(), Date.length);
console.log(d + 1 === d.toString() + "1", d - 0 === d.getTime(), `${new Date(0)}`, d[Symbol.toPrimitive]("number"));
console.log(JSON.stringify({ when: new Date(86400000) }), Object.prototype.toString.call(d));
console.log(new Date(0));
/* expected
1577934245006 Thu Jan 02 2020 03:04:05 GMT+0000 (Coordinated Universal Time) 2020-01-02T03:04:05.006Z Thu, 02 Jan 2020 03:04:05 GMT 2020-01-02T03:04:05.006Z
Thu Jan 02 2020 | 03:04:05 GMT+0000 (Coordinated Universal Time) | 1/2/2020, 3:04:05 AM | 1/2/2020 | 3:04:05 AM
2020 0 2 4 3 4 5 6 0
1612235045006 1612062245006 1612144865006 -59040309534994 -1801 -2048536734994 1905
NaN Invalid Date NaN 946684800000
RangeError: Invalid time value
TypeError: this is not a Date object.
1577836800000 917827200000 NaN 1577930645678 1578002400000
+275760-09-13T00:00:00.000Z 1969-12-31T23:59:59.999Z -000001-01-01T00:00:00.000Z NaN
1583020800000 1580515200000 5 string 7
true true Thu Jan 01 1970 00:00:00 GMT+0000 (Coordinated Universal Time) -2048536734994
{"when":"1970-01-02T00:00:00.000Z"} [object Date]
1970-01-01T00:00:00.000Z
*/
