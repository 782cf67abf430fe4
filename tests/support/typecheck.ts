// Type-checking a test case from its text: writes it as Main.hx in a fresh temporary folder (so
// module and file names match what official Haxe expects) and runs rayzor's type checker on it.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatClassic } from '../../src/diag/format.js';
import { DiagnosticSink } from '../../src/diag/sink.js';
import { defaultDefines } from '../../src/driver/defines.js';
import { typecheck } from '../../src/driver/typecheck.js';
import { printTypedModule } from '../../src/typing/texpr-print.js';

export interface CheckOutput {
  diagnostics: string[];
  typed: string;
}

export function checkSource(text: string): CheckOutput {
  const dir = mkdtempSync(join(tmpdir(), 'rayzor-tc-'));
  try {
    const path = join(dir, 'Main.hx');
    writeFileSync(path, text);
    const sink = new DiagnosticSink();
    const r = typecheck({ files: [path], classPaths: [], main: undefined }, defaultDefines(), sink);
    // Paths are printed relative to the case folder, as Haxe prints them (Main.hx:3: …).
    const diagnostics = sink.items.map((d) => formatClassic(d).split(dir + '/').join(''));
    const typed = r.modules.map((m) => printTypedModule(r.typer, m)).join('');
    return { diagnostics, typed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
