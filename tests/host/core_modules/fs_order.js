// asynchronous fs calls complete in the event loop, after the current
// job, its microtasks and process.nextTick callbacks
const fs = require('fs');
const order = [];
fs.stat(__filename, () => {
  order.push('stat callback');
  process.nextTick(() => order.push('tick inside callback'));
  Promise.resolve().then(() => order.push('microtask inside callback'));
});
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('microtask'));
order.push('sync');
setTimeout(() => console.log(order), 20);
