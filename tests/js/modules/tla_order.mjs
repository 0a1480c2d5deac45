// Top-level await: sibling modules start in order, an async module delays
// only the modules that import it, and the importer runs last.
import { note, log } from './fixtures/tla_log.mjs';
import { slow } from './fixtures/tla_slow.mjs';
import { fast } from './fixtures/tla_fast.mjs';
import { sync } from './fixtures/tla_sync.mjs';
import './fixtures/tla_after.mjs';

note('main: ' + [slow, fast, sync].join(', '));
setTimeout(() => note('main: timer'), 0);
await Promise.resolve();
note('main: after await');
const dynamic = await import('./fixtures/tla_fast.mjs');
note('main: dynamic import gives the same module: ' + (dynamic.fast === fast));
console.log(log.length);
/* expected
slow: start
fast: start
sync sibling runs at once
fast: after one await
sync sibling: its microtask
fast: done
sync sibling: its nextTick
slow: after timer
slow: done
after-slow runs, sees slow value
main: slow value, fast value, sync value
main: after await
main: dynamic import gives the same module: true
13
main: timer
*/
