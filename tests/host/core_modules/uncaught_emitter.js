const EventEmitter = require('events');
new EventEmitter().emit('error', { reason: 'not an Error' });
