// dayjs: immutable dates (parsing, formatting, arithmetic, plugins).
const dayjs = require("dayjs");
const utc = require("dayjs/plugin/utc");
const duration = require("dayjs/plugin/duration");
const relativeTime = require("dayjs/plugin/relativeTime");
dayjs.extend(utc);
dayjs.extend(duration);
dayjs.extend(relativeTime);

const d = dayjs.utc("2024-02-28T13:45:30.123Z");
console.log(d.format("YYYY-MM-DD HH:mm:ss.SSS dddd MMMM A [Q]"), d.valueOf());
console.log(d.add(1, "day").format("YYYY-MM-DD"), d.add(2, "day").format("ddd D MMM"), d.subtract(1, "year").format());
console.log(d.startOf("month").toISOString(), d.endOf("week").toISOString(), d.daysInMonth());
console.log(d.diff(dayjs.utc("2000-01-01"), "day"), d.diff(dayjs.utc("2000-01-01"), "month", true).toFixed(4));
console.log(d.isBefore(d.add(1, "ms")), d.isSame("2024-02-28T13:45:30.123Z"), dayjs.utc("nonsense").isValid());
console.log(dayjs.duration(90061000).format("D[d] HH:mm:ss"), dayjs.duration({ hours: 49 }).humanize());
console.log(d.from(d.add(3, "hour")), d.to(d.subtract(2, "year")), d.unix(), d.day(), d.week === undefined);
