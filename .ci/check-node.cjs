// Runs before every npm script, on whatever Node the machine has: plain CommonJS of the oldest
// syntax, so even a very old Node gets one clear line instead of a syntax error deep in a package.
'use strict';
var NEED = [22, 19];
var found = process.versions.node;
var parts = found.split('.').map(Number);
var ok = parts[0] > NEED[0] || (parts[0] === NEED[0] && parts[1] >= NEED[1]);
if (!ok) {
  process.stderr.write(
    'Skytray needs Node ' +
      NEED.join('.') +
      ' or newer; this is Node ' +
      found +
      '. ' +
      'Either run `. .ci/node-env.sh` in this shell (it puts Node 24 first on PATH), or install Node 24 (see .nvmrc).\n',
  );
  process.exit(1);
}
