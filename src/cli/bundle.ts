// Build step: the CLI's compiled modules as one script (dist/rayzor-cli.cjs) plus a V8 code cache.
// Takes: dist/src/cli/main.js and the modules it imports (tsc's ES module output). Gives: one script
// that evaluates to a module loader, headed by a manifest line (every bundled file's size and mtime),
// and, when asked (`--cache`), dist/rayzor-cli.cache written by running the CLI once on hello world.
// Invariant: the bundle is only ever an accelerator. bin/rayzor.js uses it when every file of the
// manifest is unchanged and falls back to the ES modules otherwise, so a plain `tsc` never runs stale
// code; each module keeps its own scope and import.meta.url (so std/ and the worker are found as
// before). Why: a fresh `rayzor run` spent ~25% of its CPU loading 84 ES modules one by one and
// compiling their functions lazily; one script can be compiled with a code cache (Node 20 has no
// module compile cache), which also holds the bytecode of every function hello world used.
// Usage: node dist/src/cli/bundle.js [--cache]

import { execFileSync } from 'node:child_process';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const root = dirname(dist);
const BUNDLE = join(dist, 'rayzor-cli.cjs');
const CACHE = join(dist, 'rayzor-cli.cache');

/** The module and its static imports, transitively (tsc writes each import on one line). */
function closure(entry: string): Map<string, string> {
  const seen = new Map<string, string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const m of text.matchAll(/^(?:import|export) [^\n]*? from '(\.[^']+)';$/gm)) visit(resolve(dirname(file), m[1]!));
  };
  visit(entry);
  return seen;
}

/**
 * `import.meta.url` (code, not text: the wasm loader's source quotes it) becomes the module's own
 * URL, passed in by the bundle's loader, so paths resolved from it do not move.
 */
const metaUrl: ts.TransformerFactory<ts.SourceFile> = (ctx) => (sf) => {
  const visit = (node: ts.Node): ts.Node => {
    if (ts.isPropertyAccessExpression(node) && ts.isMetaProperty(node.expression) && node.expression.keywordToken === ts.SyntaxKind.ImportKeyword && node.name.text === 'url') {
      return ctx.factory.createIdentifier('__metaUrl');
    }
    return ts.visitEachChild(node, visit, ctx);
  };
  return ts.visitNode(sf, visit) as ts.SourceFile;
};

function bundle(): void {
  const modules = closure(join(dist, 'src/cli/main.js'));
  const manifest: [string, number, number][] = [];
  const parts: string[] = [];
  for (const [file, text] of modules) {
    const id = relative(dist, file);
    const st = statSync(file);
    manifest.push([id, st.size, st.mtimeMs]);
    // CommonJS keeps ES module semantics here: imports become property reads of the exporter's
    // `exports` at each use (live bindings, cycles as before), and every module runs in strict mode.
    const cjs = ts.transpileModule(text, {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
      fileName: id,
      transformers: { before: [metaUrl] },
    }).outputText;
    parts.push(`${JSON.stringify(id)}: function (exports, require, module, __metaUrl) {\n${cjs}\n},`);
  }
  const loader = `(function (nodeRequire, urlOf) {
'use strict';
const defs = {
${parts.join('\n')}
};
const cache = new Map();
function load(id) {
  let m = cache.get(id);
  if (m) return m.exports;
  m = { exports: {} };
  cache.set(id, m);
  const dir = id.slice(0, id.lastIndexOf('/'));
  const req = (spec) => {
    if (!spec.startsWith('.')) return nodeRequire(spec);
    const out = [];
    for (const p of (dir + '/' + spec).split('/')) if (p === '..') out.pop(); else if (p !== '.') out.push(p);
    return load(out.join('/'));
  };
  defs[id].call(undefined, m.exports, req, m, urlOf(id));
  return m.exports;
}
return load;
})`;
  const tmp = `${BUNDLE}.${process.pid}`;
  writeFileSync(tmp, `// ${JSON.stringify(manifest)}\n${loader}\n`);
  renameSync(tmp, BUNDLE);
  rmSync(CACHE, { force: true });
}

bundle();
if (process.argv.includes('--cache')) {
  // bin/rayzor.js writes the cache after this run, so it holds what a compilation compiles lazily.
  execFileSync(process.execPath, [join(root, 'bin/rayzor.js'), 'run', join(root, 'examples/hello/Main.hx')], {
    env: { ...process.env, RAYZOR_WRITE_CODE_CACHE: CACHE },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
