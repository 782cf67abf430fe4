// Source files and positions.
// Takes: a file name and its text. Gives: offset → line/column conversion, computed lazily.
// Invariant: offsets are indices into the JS string (UTF-16 code units); columns are counted in
// code points, 1-based, because that is what official Haxe prints in "characters a-b".

export interface LineCol {
  line: number; // 1-based
  col: number; // 1-based, in code points
}

export class SourceFile {
  private lineStarts: number[] | undefined;
  constructor(
    readonly path: string,
    readonly text: string,
  ) {}

  private starts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const t = this.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (t.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
    return starts;
  }

  /** Line index (0-based) containing `offset`. */
  lineIndex(offset: number): number {
    const s = this.starts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineStart(lineIdx: number): number {
    return this.starts()[lineIdx] ?? this.text.length;
  }

  lineCount(): number {
    return this.starts().length;
  }

  /** Text of a 0-based line without its terminator. */
  lineText(lineIdx: number): string {
    const s = this.starts();
    const start = s[lineIdx] ?? this.text.length;
    let end = lineIdx + 1 < s.length ? s[lineIdx + 1]! : this.text.length;
    while (end > start && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return this.text.slice(start, end);
  }

  lineCol(offset: number): LineCol {
    const li = this.lineIndex(offset);
    const start = this.lineStart(li);
    return { line: li + 1, col: codePointCount(this.text, start, offset) + 1 };
  }
}

/** Number of code points in text[from, to): a surrogate pair counts once. */
export function codePointCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
