// Stage timings for `--times`: what each compiler stage and each optimizer pass cost, as one table.
// Takes: (name, milliseconds) records as the driver goes, passes under their parent stage `optimize`.
// Gives: an aligned text table (name, total ms, share of the whole, how many times it ran).
// Invariant: rows keep the order in which a name first appeared and repeated runs of a name add up
// into one row, so the table's shape depends only on the pipeline, never on timings; that is what
// lets scripts and tests read it. Haxe prints its --times to stdout; we print to stderr so that a
// program's own output stays clean.

interface Row {
  name: string;
  ms: number;
  count: number;
  children: Row[];
}

export class Times {
  private readonly rows: Row[] = [];

  /** Record `ms` for a top-level stage, or for a child of `parent` (the parent adds it up too). */
  add(name: string, ms: number, parent?: string): void {
    if (parent === undefined) {
      const r = this.row(this.rows, name);
      r.ms += ms;
      r.count++;
      return;
    }
    const p = this.row(this.rows, parent);
    p.ms += ms;
    const c = this.row(p.children, name);
    c.ms += ms;
    c.count++;
    // A parent counts once however many children it has: it is one stage of the compilation.
    if (p.count === 0) p.count = 1;
  }

  /** Time `fn` as stage `name`; the time is recorded even if `fn` throws. */
  measure<T>(name: string, fn: () => T, parent?: string): T {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      this.add(name, performance.now() - t0, parent);
    }
  }

  get empty(): boolean {
    return this.rows.length === 0;
  }

  format(): string {
    const total = this.rows.reduce((s, r) => s + r.ms, 0);
    const lines: [string, number, number | undefined][] = [];
    for (const r of this.rows) {
      lines.push([r.name, r.ms, r.count]);
      for (const c of r.children) lines.push([`  ${c.name}`, c.ms, c.count]);
    }
    lines.push(['total', total, undefined]);
    const nameW = Math.max(5, ...lines.map((l) => l[0].length));
    const msW = Math.max(8, ...lines.map((l) => l[1].toFixed(1).length));
    const pct = (ms: number) => (total > 0 ? (100 * ms) / total : 0).toFixed(1);
    const out = [`${'name'.padEnd(nameW)}  ${'time(ms)'.padStart(msW)}  ${'%'.padStart(5)}  ${'#'.padStart(4)}`];
    for (const [name, ms, count] of lines) {
      out.push(`${name.padEnd(nameW)}  ${ms.toFixed(1).padStart(msW)}  ${pct(ms).padStart(5)}  ${count === undefined ? '    ' : String(count).padStart(4)}`.trimEnd());
    }
    return out.join('\n') + '\n';
  }

  private row(list: Row[], name: string): Row {
    let r = list.find((x) => x.name === name);
    if (!r) {
      r = { name, ms: 0, count: 0, children: [] };
      list.push(r);
    }
    return r;
  }
}
