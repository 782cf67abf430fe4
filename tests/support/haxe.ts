// Running official Haxe (the oracle) from tests, when it is installed.
// Takes: Haxe source text. Gives: what `haxe --main Main --interp` prints, run on that text as Main.hx
// in a fresh temporary folder. Invariant: tests that need it skip visibly when `haxe` is missing.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HAVE_HAXE = spawnSync('haxe', ['--version'], { encoding: 'utf8' }).status === 0;

export function runHaxe(source: string, extraArgs: string[] = []): { status: number; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rayzor-haxe-'));
  try {
    writeFileSync(join(dir, 'Main.hx'), source);
    const r = spawnSync('haxe', ['--main', 'Main', '--interp', ...extraArgs], { cwd: dir, encoding: 'utf8', timeout: 20000 });
    return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
