// Conditional compilation: `#if/#elseif/#else/#end/#error`.
// Takes: the lexer's token array, the define table, a sink. Gives: the tokens of the active branches.
// Invariant: works on tokens, as Haxe does, so a conditional may cut through any construct. A condition
// is an identifier (possibly dotted, keywords allowed), a literal, `!cond`, or a parenthesised
// expression with `! && || == != < <= > >=`, parentheses and `version("x.y.z")`.
// Evaluation follows Haxe: an undefined name is null; null, false, 0 and "" are false; comparisons of
// two numbers (or number-like strings) are numeric, otherwise textual; a comparison with null is false.

import type { DiagnosticSink } from '../diag/sink.js';
import type { SourceFile } from '../diag/source.js';
import { T, tokenText, type Token } from './token.js';

export type Defines = ReadonlyMap<string, string>;

/** Parse `-D name[=value]` arguments into a define table (a bare name has the value "1"). */
export function parseDefines(args: readonly string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of args) {
    const eq = a.indexOf('=');
    const name = (eq < 0 ? a : a.slice(0, eq)).replace(/-/g, '_');
    m.set(name, eq < 0 ? '1' : a.slice(eq + 1));
  }
  return m;
}

type Value =
  | { k: 'null' }
  | { k: 'bool'; v: boolean }
  | { k: 'float'; v: number }
  | { k: 'string'; v: string }
  | { k: 'version'; v: number[] };

type Cond =
  | { k: 'ident'; name: string }
  | { k: 'lit'; v: Value }
  | { k: 'not'; e: Cond }
  | { k: 'bin'; op: string; a: Cond; b: Cond }
  | { k: 'version'; arg: Cond };

const NULL: Value = { k: 'null' };

function isTrue(v: Value): boolean {
  switch (v.k) {
    case 'null': return false;
    case 'bool': return v.v;
    case 'float': return v.v !== 0;
    case 'string': return v.v !== '';
    case 'version': return true;
  }
}

function parseVersion(s: string): number[] | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(s);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

function asNumber(v: Value): number | undefined {
  if (v.k === 'float') return v.v;
  if (v.k === 'string' && v.v.trim() !== '' && !Number.isNaN(Number(v.v))) return Number(v.v);
  return undefined;
}

function compare(a: Value, b: Value): number | undefined {
  if (a.k === 'null' || b.k === 'null') return undefined;
  if (a.k === 'version' || b.k === 'version') {
    const va = a.k === 'version' ? a.v : a.k === 'string' ? parseVersion(a.v) : undefined;
    const vb = b.k === 'version' ? b.v : b.k === 'string' ? parseVersion(b.v) : undefined;
    if (!va || !vb) return undefined;
    for (let i = 0; i < 3; i++) if (va[i] !== vb[i]) return va[i]! < vb[i]! ? -1 : 1;
    return 0;
  }
  if (a.k === 'bool' && b.k === 'bool') return a.v === b.v ? 0 : a.v ? 1 : -1;
  const na = asNumber(a);
  const nb = asNumber(b);
  if (na !== undefined && nb !== undefined) return na === nb ? 0 : na < nb ? -1 : 1;
  const sa = a.k === 'string' ? a.v : a.k === 'float' ? String(a.v) : String(a.k === 'bool' ? a.v : '');
  const sb = b.k === 'string' ? b.v : b.k === 'float' ? String(b.v) : String(b.k === 'bool' ? b.v : '');
  return sa === sb ? 0 : sa < sb ? -1 : 1;
}

function evaluate(c: Cond, defs: Defines): Value {
  switch (c.k) {
    case 'ident': {
      // Haxe always defines `true` (as "1"); `false` is simply undefined.
      const v = defs.get(c.name) ?? defs.get(c.name.replace(/-/g, '_')) ?? (c.name === 'true' ? '1' : undefined);
      return v === undefined ? NULL : { k: 'string', v };
    }
    case 'lit': return c.v;
    case 'not': return { k: 'bool', v: !isTrue(evaluate(c.e, defs)) };
    case 'version': {
      const a = evaluate(c.arg, defs);
      const v = a.k === 'string' ? parseVersion(a.v) : undefined;
      return v ? { k: 'version', v } : NULL;
    }
    case 'bin': {
      if (c.op === '&&') return { k: 'bool', v: isTrue(evaluate(c.a, defs)) && isTrue(evaluate(c.b, defs)) };
      if (c.op === '||') return { k: 'bool', v: isTrue(evaluate(c.a, defs)) || isTrue(evaluate(c.b, defs)) };
      const r = compare(evaluate(c.a, defs), evaluate(c.b, defs));
      if (r === undefined) return { k: 'bool', v: false };
      switch (c.op) {
        case '==': return { k: 'bool', v: r === 0 };
        case '!=': return { k: 'bool', v: r !== 0 };
        case '<': return { k: 'bool', v: r < 0 };
        case '<=': return { k: 'bool', v: r <= 0 };
        case '>': return { k: 'bool', v: r > 0 };
        case '>=': return { k: 'bool', v: r >= 0 };
      }
      return NULL;
    }
  }
}

class CondParser {
  ok = true;
  /** The token where the first failure happened, and what to say there. */
  failAt = -1;
  failCode: 'pp.invalid-condition' | 'parse.expected-expression' = 'pp.invalid-condition';
  constructor(
    private toks: Token[],
    public i: number,
  ) {}

  private peek(): Token {
    return this.toks[this.i]!;
  }

  private fail(code: CondParser['failCode'] = 'pp.invalid-condition'): Cond {
    if (this.ok) {
      this.failAt = this.i;
      this.failCode = code;
    }
    this.ok = false;
    return { k: 'lit', v: NULL };
  }

  /** A binary operator's right operand: as Haxe's secure_expr, "Expected expression" if none starts. */
  private operand(f: () => Cond): Cond {
    const t = this.peek();
    const starts = t.t === T.Ident || t.t === T.Kwd || t.t === T.String || t.t === T.Int || t.t === T.Float || t.t === T.POpen || (t.t === T.Op && t.value === '!');
    return starts ? f() : this.fail('parse.expected-expression');
  }

  /** The condition right after `#if` / `#elseif`: no binary operators outside parentheses. */
  parseHead(): Cond {
    const t = this.peek();
    if (t.t === T.POpen) {
      this.i++;
      const e = this.parseOr();
      if (this.peek().t !== T.PClose) return this.fail();
      this.i++;
      return e;
    }
    if (t.t === T.Op && t.value === '!') {
      this.i++;
      return { k: 'not', e: this.parseHead() };
    }
    return this.parseAtom();
  }

  private parseOr(): Cond {
    let a = this.parseAnd();
    while (this.ok && this.peek().t === T.Op && this.peek().value === '||') {
      this.i++;
      a = { k: 'bin', op: '||', a, b: this.operand(() => this.parseAnd()) };
    }
    return a;
  }

  private parseAnd(): Cond {
    let a = this.parseCmp();
    while (this.ok && this.peek().t === T.Op && this.peek().value === '&&') {
      this.i++;
      a = { k: 'bin', op: '&&', a, b: this.operand(() => this.parseCmp()) };
    }
    return a;
  }

  private cmpOp(): string | undefined {
    const t = this.peek();
    if (t.t !== T.Op) return undefined;
    if (t.value === '>') {
      const n = this.toks[this.i + 1]!;
      if (n.t === T.Op && n.value === '=' && n.start === t.end) {
        this.i++;
        return '>=';
      }
      return '>';
    }
    return ['==', '!=', '<', '<=', '>'].includes(t.value) ? t.value : undefined;
  }

  /** Comparisons chain to the left, as Haxe's binary operators do: `a < b < c` is `(a < b) < c`. */
  private parseCmp(): Cond {
    let a = this.parseUnary();
    for (;;) {
      const op = this.ok ? this.cmpOp() : undefined;
      if (op === undefined) return a;
      this.i++;
      a = { k: 'bin', op, a, b: this.operand(() => this.parseUnary()) };
    }
  }

  private parseUnary(): Cond {
    const t = this.peek();
    if (t.t === T.Op && t.value === '!') {
      this.i++;
      return { k: 'not', e: this.parseUnary() };
    }
    if (t.t === T.POpen) {
      this.i++;
      const e = this.parseOr();
      if (this.peek().t !== T.PClose) return this.fail();
      this.i++;
      return e;
    }
    return this.parseAtom();
  }

  private parseAtom(): Cond {
    const t = this.peek();
    switch (t.t) {
      case T.Ident:
      case T.Kwd: {
        this.i++;
        let name = t.value;
        let end = t.end;
        if (name === 'version' && this.peek().t === T.POpen) {
          this.i++;
          const arg = this.parseOr();
          if (this.peek().t !== T.PClose) return this.fail();
          this.i++;
          return { k: 'version', arg };
        }
        // Dotted names such as `target.sys`, only when the dot touches both sides.
        while (this.peek().t === T.Dot && this.peek().start === end) {
          const n = this.toks[this.i + 1]!;
          if ((n.t !== T.Ident && n.t !== T.Kwd) || n.start !== this.peek().end) break;
          name += '.' + n.value;
          end = n.end;
          this.i += 2;
        }
        return { k: 'ident', name };
      }
      case T.String:
        this.i++;
        return { k: 'lit', v: { k: 'string', v: t.value } };
      case T.Int:
      case T.Float:
        this.i++;
        return { k: 'lit', v: { k: 'float', v: Number(t.value) } };
      default:
        return this.fail();
    }
  }
}

interface Frame {
  start: Token; // the #if token, for the unclosed-block error
  parentActive: boolean;
  taken: boolean; // some branch of this #if has been taken
  active: boolean;
  sawElse: boolean;
}

export function preprocess(toks: Token[], defs: Defines, file: SourceFile, sink: DiagnosticSink): Token[] {
  // Fast path: most files have no directives at all.
  let any = false;
  for (const t of toks) if (t.t === T.Sharp) { any = true; break; }
  if (!any) return toks;

  const out: Token[] = [];
  const stack: Frame[] = [];
  let active = true;
  let i = 0;
  const readCond = (): boolean => {
    const p = new CondParser(toks, i);
    const c = p.parseHead();
    if (!p.ok) {
      const at = toks[p.failAt]!;
      sink.report(p.failCode, file, at.start, at.end);
      const bad = toks[p.i]!;
      // Skip the offending token so that we make progress.
      i = Math.max(p.i + (bad.t === T.Eof ? 0 : 1), i);
      return false;
    }
    i = p.i;
    return isTrue(evaluate(c, defs));
  };
  // A doc comment read in active code before a directive documents the next active token, as in
  // Haxe (and, the first of several counting, wins over that token's own); one in skipped code is lost.
  let carriedDoc: string | undefined;
  while (i < toks.length) {
    const t = toks[i]!;
    if (t.t === T.Eof) break;
    if (t.t !== T.Sharp) {
      if (active) {
        if (carriedDoc !== undefined) {
          out.push({ ...t, doc: carriedDoc });
          carriedDoc = undefined;
        } else out.push(t);
      }
      i++;
      continue;
    }
    if (active && t.doc !== undefined && carriedDoc === undefined) carriedDoc = t.doc;
    i++;
    switch (t.value) {
      case 'if': {
        const frame: Frame = { start: t, parentActive: active, taken: false, active: false, sawElse: false };
        if (active) {
          frame.active = readCond();
          frame.taken = frame.active;
        } else {
          // Still consume the condition so its tokens are not seen as code; its value is irrelevant.
          readCond();
        }
        stack.push(frame);
        active = frame.active;
        break;
      }
      case 'elseif': {
        const frame = stack[stack.length - 1];
        if (!frame) {
          sink.report('pp.unexpected', file, t.start, t.end, [tokenText(t)]);
          // Its condition goes with it, so that it is not read as code.
          if (active) readCond();
          break;
        }
        if (frame.parentActive && !frame.taken) {
          frame.active = readCond();
          frame.taken = frame.active;
        } else {
          readCond();
          frame.active = false;
        }
        active = frame.active;
        break;
      }
      case 'else': {
        const frame = stack[stack.length - 1];
        if (!frame) {
          sink.report('pp.unexpected', file, t.start, t.end, [tokenText(t)]);
          break;
        }
        frame.active = frame.parentActive && !frame.taken;
        frame.taken = true;
        frame.sawElse = true;
        active = frame.active;
        break;
      }
      case 'end': {
        const frame = stack.pop();
        if (!frame) {
          sink.report('pp.unexpected', file, t.start, t.end, [tokenText(t)]);
          break;
        }
        active = frame.parentActive;
        break;
      }
      case 'error': {
        const n = toks[i]!;
        if (n.t === T.String) {
          i++;
          if (active) sink.report('pp.error-directive', file, n.start, n.end, [n.value]);
        } else if (active) sink.report('pp.not-implemented', file, t.start, t.end);
        break;
      }
      case 'line': {
        // `#line N` only renumbers positions in Haxe; we keep the real positions.
        if (toks[i]!.t === T.Int) i++;
        break;
      }
      default:
        if (active) sink.report('pp.unknown-token', file, t.start, t.end);
    }
  }
  if (stack.length > 0) {
    const frame = stack[0]!;
    sink.report('pp.unclosed-conditional', file, frame.start.start, frame.start.end);
  }
  out.push(toks[toks.length - 1]!);
  return out;
}
