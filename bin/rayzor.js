#!/usr/bin/env node
// The rayzor command: runs the compiled CLI (built by `npm install` through the prepare script).
// Start-up: `npm run build` also writes dist/rayzor-cli.cjs, the CLI's modules as one script, and a
// V8 code cache for it (src/cli/bundle.ts). Loading that script with its cache costs a fraction of
// importing the 80-odd ES modules one by one and compiling their functions lazily. It is used only
// when every file it was made from is unchanged (size and mtime), so after a plain `tsc` (or with
// RAYZOR_NO_BUNDLE=1) the ES modules in dist/ run, exactly as before.
import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('rayzor: the compiled CLI is missing; run `npm install` (or `npm run build`) in the rayzor folder\n');
  process.exit(2);
}

/** The bundled CLI when it is up to date with dist/ (else undefined), with the script it came from. */
function loadBundle() {
  if (process.env.RAYZOR_NO_BUNDLE === '1') return undefined;
  let text;
  try {
    text = readFileSync(join(dist, 'rayzor-cli.cjs'), 'utf8');
    const manifest = JSON.parse(text.slice(3, text.indexOf('\n')));
    for (const [id, size, mtime] of manifest) {
      const st = statSync(join(dist, id));
      if (st.size !== size || st.mtimeMs !== mtime) return undefined;
    }
  } catch {
    return undefined;
  }
  const require = createRequire(import.meta.url);
  const vm = require('node:vm');
  // V8 accepts a code cache only under the flags it was made with: the wasm runtime sets
  // --wasm-inlining before its first compilation (backend/wasm/runtime.ts), so set it first here.
  if (process.env.RAYZOR_WASM_INLINING !== '0') require('node:v8').setFlagsFromString('--wasm-inlining');
  const cachePath = join(dist, 'rayzor-cli.cache');
  let cachedData;
  try {
    if (!process.env.RAYZOR_WRITE_CODE_CACHE) cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(text, { filename: join(dist, 'rayzor-cli.cjs'), cachedData });
  const load = script.runInThisContext()(require, (id) => pathToFileURL(join(dist, id)).href);
  return { main: load('src/cli/main.js').main, script };
}

const bundled = loadBundle();
const { main } = bundled ?? (await import(entry.href));
process.exitCode = main(process.argv.slice(2));
// The build (src/cli/bundle.ts) runs hello world with this set: the cache then holds the bytecode of
// every function that compilation used, not only the top level.
// Written aside and renamed, so a concurrent start never reads half a cache.
if (bundled && process.env.RAYZOR_WRITE_CODE_CACHE) {
  const out = process.env.RAYZOR_WRITE_CODE_CACHE;
  writeFileSync(`${out}.${process.pid}`, bundled.script.createCachedData());
  renameSync(`${out}.${process.pid}`, out);
}
