// The `lede` process: runs main() on the command line's arguments and exits with its code.
// bin/lede.js starts the compiled dist/cli/run.js; tests start this file through tsx.

import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
