const EventEmitter = require('events');
const { once } = require('events');
const e = new EventEmitter();
console.log(e);
const log = [];
e.on('newListener', (type, fn) => log.push(['new', type, fn.name]));
e.on('removeListener', (type, fn) => log.push(['removed', type, fn.name]));
function a(x) { log.push(['a', x, this === e]); }
function b(x) { log.push(['b', x]); }
function c(x) { log.push(['c', x]); }
e.on('ev', a).addListener('ev', b).prependListener('ev', c);
e.once('ev', function onceL(x) { log.push(['once', x]); });
e.prependOnceListener('ev', function ponce(x) { log.push(['ponce', x]); });
console.log(e.emit('ev', 1), e.emit('ev', 2), e.emit('nothing'));
console.log(e.listenerCount('ev'), e.listeners('ev').map((f) => f.name), e.rawListeners('ev').length, e.eventNames());
e.off('ev', a).removeListener('ev', c);
console.log(e.listeners('ev').map((f) => f.name));
e.removeAllListeners('ev');
console.log(e.eventNames(), e.listenerCount('ev'));
const ol = function later() {}; e.once('z', ol); e.removeListener('z', ol);
console.log(log);
console.log(e);
console.log(EventEmitter.defaultMaxListeners, e.getMaxListeners(), e.setMaxListeners(1) === e, e.getMaxListeners());
try { e.emit('error', new Error('boom')); } catch (err) { console.log('thrown', err.message); }
try { e.emit('error', 'str'); } catch (err) { console.log('thrown', err.message, err.code, err.context); }
try { e.emit('error'); } catch (err) { console.log('thrown', err.message, err.code); }
try { e.on('x', 1); } catch (err) { console.log(err.code, err.message); }
try { e.setMaxListeners(-1); } catch (err) { console.log(err.code, err.message); }
try { e.setMaxListeners('a'); } catch (err) { console.log(err.code, err.message); }
e.on(EventEmitter.errorMonitor, (err) => console.log('monitor', err.message));
e.on('error', (err) => console.log('handled', err.message));
e.emit('error', new Error('E2'));
class MyEmitter extends EventEmitter {}
const m = new MyEmitter();
for (let i = 0; i < 11; i++) m.on('leak', () => {});
process.on('warning', (w) => console.log('warning:', w.name, w.emitter === m, w.type, w.count, w.message));
function Legacy() { EventEmitter.call(this); }
require('util').inherits(Legacy, EventEmitter);
const l = new Legacy(); l.on('hi', (v) => console.log('legacy', v)); l.emit('hi', 5);
console.log(l instanceof EventEmitter, EventEmitter.listenerCount(l, 'hi'), EventEmitter.EventEmitter === EventEmitter);
once(e, 'ready').then((args) => console.log('once resolved', args));
e.emit('ready', 1, 2);
once(e, 'fail').catch((err) => console.log('once rejected', err.message));
e.emit('error', new Error('E3'));
const e2 = new EventEmitter();
once(e2, 'fail').catch((err) => console.log('once rejected', err.message));
e2.emit('error', new Error('E4'));
(async () => {
  const e3 = new EventEmitter();
  setTimeout(() => { e3.emit('tick', 1); e3.emit('tick', 2); e3.emit('error', new Error('stop')); }, 1);
  try { for await (const [v] of EventEmitter.on(e3, 'tick')) console.log('on', v); } catch (err) { console.log('on ended', err.message); }
})();
const cap = new EventEmitter({ captureRejections: true });
cap.on('go', async () => { throw new Error('async fail'); });
cap.on('error', (err) => console.log('captured', err.message));
cap.emit('go');
