// tz: America/New_York
// Local time across DST transitions, local mean time before 1883
console.log(new Date(0).toString(), new Date(0).getTimezoneOffset());
console.log(new Date(2021, 2, 14, 2, 30).toISOString(), new Date(2021, 10, 7, 1, 30).toISOString());
console.log(new Date(2021, 6, 1).toString(), new Date(2021, 6, 1).getTimezoneOffset());
console.log(new Date(1800, 0, 1).toString(), new Date(1800, 0, 1).getTimezoneOffset());
const d = new Date(2021, 2, 14, 1, 30); d.setHours(2); console.log(d.toString());
console.log(new Date(2021, 2, 14).toLocaleString(), Date.parse("2021-03-14T02:30:00"), Date.parse("2021-03-14"));
console.log(new Date(-1e14).toString(), new Date(3e14).toString());
/* expected
Wed Dec 31 1969 19:00:00 GMT-0500 (Eastern Standard Time) 300
2021-03-14T07:30:00.000Z 2021-11-07T05:30:00.000Z
Thu Jul 01 2021 00:00:00 GMT-0400 (Eastern Daylight Time) 240
Wed Jan 01 1800 00:00:00 GMT-0456 (Eastern Standard Time) 296
Sun Mar 14 2021 03:30:00 GMT-0400 (Eastern Daylight Time)
3/14/2021, 12:00:00 AM 1615707000000 1615680000000
Thu Feb 15 -1199 09:17:18 GMT-0456 (Eastern Standard Time) Tue Aug 15 11476 01:20:00 GMT-0400 (Eastern Daylight Time)
*/
