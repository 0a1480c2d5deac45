// tz: Asia/Kolkata
console.log(new Date(0).toString(), new Date(0).getTimezoneOffset(), new Date(0).getHours());
console.log(new Date(2020, 5, 15, 10).toISOString(), new Date(2020, 5, 15, 10).toLocaleTimeString());
console.log(Date.parse("2020-06-15T10:00:00"), new Date(1900, 0, 1).toString());
/* expected
Thu Jan 01 1970 05:30:00 GMT+0530 (India Standard Time) -330 5
2020-06-15T04:30:00.000Z 10:00:00 AM
1592195400000 Mon Jan 01 1900 00:00:00 GMT+0521 (India Standard Time)
*/
