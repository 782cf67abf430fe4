#!/usr/bin/env node
// The rayzor command: runs the compiled CLI (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('rayzor: the compiled CLI is missing; run `npm install` (or `npm run build`) in the rayzor folder\n');
  process.exit(2);
}
const { main } = await import(entry.href);
process.exitCode = main(process.argv.slice(2));
