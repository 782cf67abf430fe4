// `npm run bench`: every stage's benchmark, one table. Figures are medians within one run of this
// script; compare them as ratios (these machines are noisy). BENCH_RUNS sets the number of runs.

import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCli } from './cli.js';
import { benchSyntax } from './syntax.js';
import { benchTyping } from './typing.js';
import { benchMir } from './mir.js';
import { printTable, type BenchRow } from './util.js';

let root = dirname(fileURLToPath(import.meta.url));
while (!existsSync(join(root, 'package.json'))) root = dirname(root);
const runs = Number(process.env['BENCH_RUNS'] ?? 7);

const rows: BenchRow[] = [...benchSyntax(runs), ...benchTyping(root, runs), ...benchMir(runs), ...benchCli(root, runs)];
printTable(rows);
