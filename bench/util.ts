// Helpers shared by the benchmark scripts: command-line options, medians and the result table.

export interface BenchRow {
  name: string;
  ms: number;
  extra: string;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function printTable(rows: BenchRow[]): void {
  const w = Math.max(...rows.map((r) => r.name.length), 9);
  console.log(`${'benchmark'.padEnd(w)}  ${'median ms'.padStart(10)}  notes`);
  for (const r of rows) console.log(`${r.name.padEnd(w)}  ${r.ms.toFixed(1).padStart(10)}  ${r.extra}`);
}

/** The value of `--name V` or `--name=V` on the command line, if given. */
export function option(name: string): string | undefined {
  const argv = process.argv.slice(2);
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  const a = argv[i]!;
  return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1];
}

/** Whether `--only` (absent: everything) asks for this section; `programs` means all three program tables. */
export function sectionWanted(section: 'stages' | 'tier0' | 'jit' | 'native'): boolean {
  const only = option('--only');
  if (only === undefined) return true;
  return only === section || (only === 'programs' && section !== 'stages');
}
