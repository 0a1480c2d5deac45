'use strict';
// util.types: predicates on the engine's internal slots.
const binding = internalBinding('types');
for (const name of Object.getOwnPropertyNames(binding)) exports[name] = binding[name];
