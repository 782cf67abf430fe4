// Worker side of the mutation test: parses seeded variants and reports progress, so that the main
// thread can detect a hang (no progress within its deadline) and name the variant that caused it.

import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { DiagnosticSink } from '../../src/diag/sink.js';
import { SourceFile } from '../../src/diag/source.js';
import { parseFile } from '../../src/syntax/parser.js';
import { mutate, rng } from './mutate.js';

interface Job {
  seed: number;
  count: number;
  files: string[];
}

const job = workerData as Job;
const r = rng(job.seed);
const texts = job.files.map((f) => readFileSync(f, 'utf8'));
const defines = new Map([['sys', '1'], ['js', '1']]);
const failures: string[] = [];
let diagnostics = 0;
for (let k = 0; k < job.count; k++) {
  const fi = Math.floor(r() * texts.length);
  const m = mutate(texts[fi]!, r);
  // Announce the variant before parsing it: if parsing hangs, this is the last word the main thread hears.
  parentPort!.postMessage({ type: 'variant', k, file: job.files[fi], what: m.what });
  try {
    const file = new SourceFile(job.files[fi]!, m.text);
    const sink = new DiagnosticSink();
    parseFile(file, defines, sink);
    for (const d of sink.items) {
      diagnostics++;
      if (d.start < 0 || d.end > m.text.length || d.start > d.end) failures.push(`variant ${k} (${job.files[fi]}: ${m.what}): span ${d.start}-${d.end} outside file of length ${m.text.length}`);
    }
  } catch (e) {
    failures.push(`variant ${k} (${job.files[fi]}: ${m.what}): threw ${(e as Error).stack ?? String(e)}`);
  }
}
parentPort!.postMessage({ type: 'done', failures, diagnostics });
