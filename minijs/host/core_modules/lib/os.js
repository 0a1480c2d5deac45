'use strict';
// node's `os` (Linux values: /proc, uname, the environment).  Not here:
// networkInterfaces, getPriority / setPriority.

const binding = internalBinding('os');

module.exports = {
  arch: () => process.arch,
  availableParallelism: binding.availableParallelism,
  cpus: binding.cpus,
  endianness: () => binding.endianness,
  freemem: binding.freemem,
  homedir: binding.homedir,
  hostname: binding.hostname,
  loadavg: binding.loadavg,
  platform: () => process.platform,
  release: binding.release,
  tmpdir: binding.tmpdir,
  totalmem: binding.totalmem,
  type: binding.type,
  userInfo: binding.userInfo,
  uptime: binding.uptime,
  version: binding.version,
  machine: binding.machine,
  constants: binding.constants,
  EOL: '\n',
  devNull: '/dev/null',
};
