// moment: dates (formatting tokens, locales, durations, UTC arithmetic).
const moment = require("moment");

const d = moment.utc("2024-02-28T13:45:30Z");
console.log(d.format("dddd, MMMM Do YYYY, h:mm:ss a"), d.clone().add(3, "days").format("LLL"));
console.log(d.clone().startOf("isoWeek").format(), d.isoWeek(), d.dayOfYear(), d.clone().endOf("month").format("YYYY-MM-DD HH:mm:ss.SSS"));
console.log(d.diff(moment.utc("2000-01-01"), "months"), d.from(d.clone().add(5, "hours")), moment.duration(90061000).humanize());
console.log(moment.utc("31/12/2023 23:59", "DD/MM/YYYY HH:mm").toISOString(), moment.utc("not a date", moment.ISO_8601, true).isValid());
console.log(moment.duration("P1Y2M3DT4H5M6S").asHours(), moment.utc(0).add(moment.duration({ weeks: 2 })).format("x"));
