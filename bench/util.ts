// Helpers shared by the benchmark scripts: medians and the result table.

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
