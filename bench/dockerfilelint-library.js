// dockerfilelint driven through its library in one Node process: for each file named in the list file (argv[2], one
// path per line) read it and call `run(folder, text)` as its command line does per file, but format no report.
// A file that crashes it is caught and counted (its command line stops the whole run there). This is the fair
// whole-process counterpart of `containerguard scan --format sarif --output /dev/null` over the same files.
// Prints one summary line: files, problems found, files crashed.
'use strict';
const fs = require('fs');
const path = require('path');
const lint = require(path.join(process.env.DOCKERFILELINT_HOME, 'node_modules', 'dockerfilelint', 'lib', 'index'));

const files = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let problems = 0;
let crashed = 0;
for (const file of files) {
  const content = fs.readFileSync(file, 'utf8');
  try {
    // The command line passes the file's folder (resolved) as where to look for .dockerfilelintrc.
    problems += lint.run(path.resolve(path.dirname(file)), content).length;
  } catch (e) {
    crashed++;
  }
}
console.log(`dockerfilelint (library): ${files.length} files, ${problems} problems, ${crashed} crashed`);
