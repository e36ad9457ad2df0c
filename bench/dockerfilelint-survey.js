// Runs dockerfilelint's engine on each file given (one path per line on stdin) inside try/catch,
// so one crashing file does not hide the others. Prints "crashed <path> <error type>" per crash,
// writes the paths it handled to the file named by argv[2], and a count line at the end.
'use strict';
const fs = require('fs');
const path = require('path');
const lint = require(path.join(process.env.DOCKERFILELINT_HOME, 'node_modules', 'dockerfilelint', 'lib', 'index'));

const files = fs.readFileSync(0, 'utf8').split('\n').filter(Boolean);
const ok = [];
let crashed = 0;
for (const file of files) {
  const content = fs.readFileSync(file, 'utf8');
  try {
    lint.run(path.dirname(file), content);
    ok.push(file);
  } catch (e) {
    crashed++;
    console.log(`crashed ${file} ${e && e.constructor ? e.constructor.name : typeof e}`);
  }
}
fs.writeFileSync(process.argv[2], ok.join('\n') + '\n');
console.log(`dockerfilelint: ${files.length} files, ${crashed} crashed`);
