'use strict';
// Prints the reception rule that answers a first page now: bench/run.sh reports it next to the table.
process.stdout.write(require('./reception').firstPage(new Date()).rule + '\n');
