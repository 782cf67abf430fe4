// The parser's cursor over the preprocessed tokens, and its error discipline.
// Takes: tokens (ending with Eof), the file and the sink. Gives: peek/advance/expect helpers used by
// parse-type, parse-expr and parse-decl.
// Invariant: a syntax error is reported once to the sink and unwinds with SyntaxAbort to the nearest
// recovery point (block element, class field, module declaration), which skips ahead and always
// consumes at least one token, so parsing terminates on any input. Nothing escapes `parseFile`.

import type { DiagCode } from '../diag/codes.js';
import type { DiagnosticSink } from '../diag/sink.js';
import type { SourceFile } from '../diag/source.js';
import { T, tokenText, type Token } from './token.js';

export class SyntaxAbort {
  constructor(readonly at: number) {}
}

/** Deepest expression nesting we accept; deeper input gets a diagnostic instead of a stack overflow. */
export const MAX_DEPTH = 600;

export class ParserState {
  i = 0;
  depth = 0;
  /** Set while parsing a `case` pattern list, where `:` ends the pattern (no `(e : T)` needed). */
  constructor(
    readonly toks: Token[],
    readonly file: SourceFile,
    readonly sink: DiagnosticSink,
  ) {}

  get tok(): Token {
    return this.toks[this.i]!;
  }

  peek(n = 1): Token {
    return this.toks[Math.min(this.i + n, this.toks.length - 1)]!;
  }

  /** The token before the current one (for end positions). */
  get prev(): Token {
    return this.toks[Math.max(0, this.i - 1)]!;
  }

  get lastEnd(): number {
    return this.i > 0 ? this.toks[this.i - 1]!.end : 0;
  }

  next(): Token {
    const t = this.toks[this.i]!;
    if (t.t !== T.Eof) this.i++;
    return t;
  }

  is(t: T, value?: string): boolean {
    const k = this.toks[this.i]!;
    return k.t === t && (value === undefined || k.value === value);
  }

  isKwd(word: string): boolean {
    const k = this.toks[this.i]!;
    return k.t === T.Kwd && k.value === word;
  }

  isOp(op: string): boolean {
    const k = this.toks[this.i]!;
    return k.t === T.Op && k.value === op;
  }

  accept(t: T, value?: string): Token | undefined {
    if (this.is(t, value)) return this.next();
    return undefined;
  }

  acceptKwd(word: string): Token | undefined {
    return this.isKwd(word) ? this.next() : undefined;
  }

  /** Report and unwind. */
  fail(code: DiagCode, tok: Token, args: string[] = []): never {
    this.sink.report(code, this.file, tok.start, tok === this.tok ? this.currentEnd() : tok.end, args);
    throw new SyntaxAbort(this.i);
  }

  /** Report at the current token without unwinding (the caller recovers on the spot). */
  report(code: DiagCode, args: string[] = []): void {
    this.sink.report(code, this.file, this.tok.start, this.currentEnd(), args);
  }

  /**
   * Haxe lexes an integer touching `...` (`0...3`) as one token, IntInterval `0...`; we keep Int and
   * Interval apart, so a diagnostic at such an Int covers both, as Haxe's would.
   */
  private joinsInterval(): boolean {
    const t = this.tok;
    const n = this.peek();
    return t.t === T.Int && n.t === T.Interval && n.start === t.end;
  }

  private currentEnd(): number {
    return this.joinsInterval() ? this.peek().end : this.tok.end;
  }

  failAt(code: DiagCode, start: number, end: number, args: string[] = []): never {
    this.sink.report(code, this.file, start, end, args);
    throw new SyntaxAbort(this.i);
  }

  unexpected(): never {
    const t = this.tok;
    if (t.t === T.Eof) return this.fail('parse.unexpected', t, ['<end of file>']);
    return this.fail('parse.unexpected', t, [this.joinsInterval() ? `${t.value}...` : tokenText(t)]);
  }

  /** Haxe's "Expected a or b" for a token that is none of the accepted ones. */
  expectedOneOf(what: string[]): never {
    return this.fail('parse.expected', this.tok, [what.join(' or ')]);
  }

  /**
   * A token that a rule requires after its first token, where Haxe's stream parser reports a
   * mismatch as "Unexpected X" (its explicit "Expected X" messages use `expect`).
   */
  must(t: T, value?: string): Token {
    if (this.is(t, value)) return this.next();
    return this.unexpected();
  }

  expect(t: T, text: string): Token {
    if (this.tok.t === t) return this.next();
    return this.expectedOneOf([text]);
  }

  /** An identifier, or `$name` where reification allows it. */
  ident(): Token {
    const t = this.tok;
    if (t.t === T.Ident || t.t === T.Dollar) return this.next();
    return this.unexpected();
  }

  /** Skip balanced brackets starting at the current open token. */
  skipBalanced(): void {
    let depth = 0;
    do {
      const t = this.next();
      if (t.t === T.BrOpen || t.t === T.POpen || t.t === T.BkOpen) depth++;
      else if (t.t === T.BrClose || t.t === T.PClose || t.t === T.BkClose) depth--;
      if (t.t === T.Eof) return;
    } while (depth > 0);
  }

  /** Track recursion so that pathological nesting reports instead of overflowing the JS stack. */
  enter(): void {
    if (++this.depth > MAX_DEPTH) {
      this.depth = 0;
      this.fail('parse.custom', this.tok, ['Expression nesting is too deep']);
    }
  }

  leave(): void {
    this.depth--;
  }
}
