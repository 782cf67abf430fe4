// The Haxe lexer.
// Takes: a SourceFile (optionally a sub-range, for `${…}` inside strings) and a diagnostics sink.
// Gives: the complete token array ending with one Eof token. Preprocessor directives stay in the
// stream as Sharp tokens; `preprocess` evaluates them.
// Invariant: never throws and always advances; every token's [start, end) lies inside the range.
// A lexical error is reported once and lexing goes on with a best-effort token, as Haxe's own lexer
// would stop at the first error but we want every later error too.

import type { DiagnosticSink } from '../diag/sink.js';
import type { SourceFile } from '../diag/source.js';
import { KEYWORDS, T, type StringPart, type Token } from './token.js';

const enum C {
  Tab = 9, LF = 10, CR = 13, Space = 32, Bang = 33, DQuote = 34, Hash = 35, Dollar = 36, Percent = 37,
  Amp = 38, SQuote = 39, LParen = 40, RParen = 41, Star = 42, Plus = 43, Comma = 44, Minus = 45, Dot = 46,
  Slash = 47, D0 = 48, D7 = 55, D9 = 57, Colon = 58, Semi = 59, Lt = 60, Eq = 61, Gt = 62, Question = 63,
  At = 64, A = 65, F = 70, Z = 90, LBracket = 91, Backslash = 92, RBracket = 93, Caret = 94, Underscore = 95,
  a = 97, e = 101, f = 102, x = 120, z = 122, LBrace = 123, Pipe = 124, RBrace = 125, Tilde = 126,
}

function isIdentStart(c: number): boolean {
  return (c >= C.a && c <= C.z) || (c >= C.A && c <= C.Z) || c === C.Underscore;
}
function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= C.D0 && c <= C.D9);
}
function isDigit(c: number): boolean {
  return c >= C.D0 && c <= C.D9;
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= C.a && c <= C.f) || (c >= C.A && c <= C.F);
}

export class Lexer {
  private pos: number;
  private readonly text: string;
  private pendingDoc: string | undefined;

  constructor(
    private readonly file: SourceFile,
    private readonly sink: DiagnosticSink,
    start = 0,
    private readonly limit = file.text.length,
  ) {
    this.text = file.text;
    this.pos = start;
  }

  /** Lex everything up to the limit. */
  lexAll(): Token[] {
    const out: Token[] = [];
    for (;;) {
      const tok = this.next();
      out.push(tok);
      if (tok.t === T.Eof) return out;
    }
  }

  private error(code: Parameters<DiagnosticSink['report']>[0], start: number, end: number, args: string[] = []): void {
    this.sink.report(code, this.file, start, end, args);
  }

  private tok(t: T, start: number, value: string): Token {
    const tok: Token = { t, start, end: this.pos, value };
    if (this.pendingDoc !== undefined) {
      tok.doc = this.pendingDoc;
      this.pendingDoc = undefined;
    }
    return tok;
  }

  /** Next token, skipping white space and comments. */
  next(): Token {
    const s = this.text;
    const lim = this.limit;
    for (;;) {
      if (this.pos >= lim) return { t: T.Eof, start: lim, end: lim, value: '' };
      const start = this.pos;
      const c = s.charCodeAt(start);
      switch (c) {
        case C.Space: case C.Tab: case C.LF: case C.CR: case 12: case 11:
          this.pos++;
          continue;
        case C.Slash: {
          const d = s.charCodeAt(start + 1);
          if (d === C.Slash) {
            let p = start + 2;
            while (p < lim && s.charCodeAt(p) !== C.LF && s.charCodeAt(p) !== C.CR) p++;
            this.pos = p;
            continue;
          }
          if (d === C.Star) {
            const close = s.indexOf('*/', start + 2);
            if (close < 0 || close + 2 > lim) {
              this.error('lex.unclosed-comment', start, start);
              this.pos = lim;
              continue;
            }
            // A doc comment, as Haxe reads it: the text without the leading `*` and one trailing `*`
            // (`/** a **/` documents " a "); of several before one token, the first counts.
            if (s.charCodeAt(start + 2) === C.Star && close > start + 2 && this.pendingDoc === undefined) {
              const trail = close - start - 2 > 1 && s.charCodeAt(close - 1) === C.Star ? 1 : 0;
              this.pendingDoc = s.slice(start + 3, close - trail);
            }
            this.pos = close + 2;
            continue;
          }
          if (d === C.Eq) return this.op(start, 2);
          return this.op(start, 1);
        }
        case C.Semi: this.pos++; return this.tok(T.Semicolon, start, ';');
        case C.Comma: this.pos++; return this.tok(T.Comma, start, ',');
        case C.LBrace: this.pos++; return this.tok(T.BrOpen, start, '{');
        case C.RBrace: this.pos++; return this.tok(T.BrClose, start, '}');
        case C.LBracket: this.pos++; return this.tok(T.BkOpen, start, '[');
        case C.RBracket: this.pos++; return this.tok(T.BkClose, start, ']');
        case C.LParen: this.pos++; return this.tok(T.POpen, start, '(');
        case C.RParen: this.pos++; return this.tok(T.PClose, start, ')');
        case C.Colon: this.pos++; return this.tok(T.DblDot, start, ':');
        case C.Question: this.pos++; return this.tok(T.Question, start, '?');
        case C.At: this.pos++; return this.tok(T.At, start, '@');
        case C.Dot: {
          if (s.charCodeAt(start + 1) === C.Dot && s.charCodeAt(start + 2) === C.Dot) {
            this.pos += 3;
            return this.tok(T.Interval, start, '...');
          }
          if (isDigit(s.charCodeAt(start + 1))) return this.number(start);
          this.pos++;
          return this.tok(T.Dot, start, '.');
        }
        case C.DQuote: return this.string(start, false);
        case C.SQuote: return this.string(start, true);
        case C.Hash: {
          let p = start + 1;
          while (p < lim && isIdentPart(s.charCodeAt(p))) p++;
          this.pos = p;
          return this.tok(T.Sharp, start, s.slice(start + 1, p));
        }
        case C.Dollar: {
          let p = start + 1;
          while (p < lim && isIdentPart(s.charCodeAt(p))) p++;
          this.pos = p;
          return this.tok(T.Dollar, start, s.slice(start + 1, p));
        }
        case C.Tilde:
          if (s.charCodeAt(start + 1) === C.Slash) return this.regex(start);
          return this.op(start, 1);
        case C.Minus:
          if (s.charCodeAt(start + 1) === C.Gt) {
            this.pos += 2;
            return this.tok(T.Arrow, start, '->');
          }
          return this.opWith(start, c);
        case C.Plus: case C.Amp: case C.Pipe:
          return this.opWith(start, c);
        case C.Star: case C.Percent: case C.Caret:
          return this.op(start, s.charCodeAt(start + 1) === C.Eq ? 2 : 1);
        case C.Eq:
          if (s.charCodeAt(start + 1) === C.Eq || s.charCodeAt(start + 1) === C.Gt) return this.op(start, 2);
          return this.op(start, 1);
        case C.Bang:
          return this.op(start, s.charCodeAt(start + 1) === C.Eq ? 2 : 1);
        case C.Lt: {
          const d = s.charCodeAt(start + 1);
          if (d === C.Lt) return this.op(start, s.charCodeAt(start + 2) === C.Eq ? 3 : 2);
          return this.op(start, d === C.Eq ? 2 : 1);
        }
        case C.Gt:
          return this.op(start, 1);
        default:
          if (isIdentStart(c)) {
            let p = start + 1;
            while (p < lim && isIdentPart(s.charCodeAt(p))) p++;
            this.pos = p;
            const word = s.slice(start, p);
            return this.tok(KEYWORDS.has(word) ? T.Kwd : T.Ident, start, word);
          }
          if (isDigit(c)) return this.number(start);
          {
            const cp = s.codePointAt(start)!;
            const width = cp > 0xffff ? 2 : 1;
            const shown = cp >= 32 && cp < 127 ? `'${String.fromCharCode(cp)}'` : `0x${cp.toString(16).toUpperCase().padStart(2, '0')}`;
            this.error('lex.invalid-char', start, start, [shown]);
            this.pos += width;
            continue;
          }
      }
    }
  }

  private op(start: number, len: number): Token {
    this.pos = start + len;
    return this.tok(T.Op, start, this.text.slice(start, start + len));
  }

  /** `+`, `-`, `&`, `|`: doubled (`++`, `&&`) or with `=`. */
  private opWith(start: number, c: number): Token {
    const d = this.text.charCodeAt(start + 1);
    if (d === c || d === C.Eq) return this.op(start, 2);
    return this.op(start, 1);
  }

  private number(start: number): Token {
    const s = this.text;
    const lim = this.limit;
    let p = start;
    // Haxe: `0x` (lower-case x only) with hex digits; an integer is `0` or starts with 1-9, so `007`
    // is three tokens; a float that starts with `.` takes no exponent (`.5e1` is `.5` then `e1`).
    if (s.charCodeAt(p) === C.D0 && s.charCodeAt(p + 1) === C.x && isHex(s.charCodeAt(p + 2))) {
      p += 2;
      while (p < lim && isHex(s.charCodeAt(p))) p++;
      this.pos = p;
      return this.tok(T.Int, start, s.slice(start, p));
    }
    let isFloat = false;
    const leadingDot = s.charCodeAt(p) === C.Dot;
    if (s.charCodeAt(p) === C.D0) p++;
    else while (p < lim && isDigit(s.charCodeAt(p))) p++;
    // `1...3` is Int, Interval, Int; `1.5` and `1.` are floats; `5.times()` is Int, Dot, Ident
    // (a field access through `using`), except that `1.e5` stays a float with an exponent.
    const after = s.charCodeAt(p + 1);
    const fieldAccess = isIdentStart(after) && !((after === C.e || after === 69) && (isDigit(s.charCodeAt(p + 2)) || ((s.charCodeAt(p + 2) === C.Plus || s.charCodeAt(p + 2) === C.Minus) && isDigit(s.charCodeAt(p + 3)))));
    if (s.charCodeAt(p) === C.Dot && after !== C.Dot && !fieldAccess) {
      isFloat = true;
      p++;
      while (p < lim && isDigit(s.charCodeAt(p))) p++;
    }
    const e = s.charCodeAt(p);
    if ((e === C.e || e === 69) && !leadingDot) {
      let q = p + 1;
      if (s.charCodeAt(q) === C.Plus || s.charCodeAt(q) === C.Minus) q++;
      if (isDigit(s.charCodeAt(q))) {
        while (q < lim && isDigit(s.charCodeAt(q))) q++;
        p = q;
        isFloat = true;
      }
    }
    this.pos = p;
    return this.tok(isFloat ? T.Float : T.Int, start, s.slice(start, p));
  }

  /**
   * A string literal. Double-quoted strings only decode escapes; single-quoted ones also split into
   * interpolation parts. `${…}` is lexed as code with brace counting, so nested strings and braces work.
   */
  private string(start: number, single: boolean): Token {
    const s = this.text;
    const lim = this.limit;
    const quote = single ? C.SQuote : C.DQuote;
    let p = start + 1;
    let buf = '';
    let segStart = p;
    let segBuf = '';
    const parts: StringPart[] = [];
    let hasInterp = false;
    const flushText = (end: number) => {
      if (segBuf.length > 0 || (parts.length === 0 && false)) parts.push({ kind: 'text', value: segBuf, start: segStart, end });
      segBuf = '';
    };
    for (;;) {
      if (p >= lim) {
        this.error('lex.unterminated-string', start, start);
        this.pos = lim;
        break;
      }
      const c = s.charCodeAt(p);
      if (c === quote) {
        p++;
        this.pos = p;
        break;
      }
      if (c === C.Backslash) {
        const r = this.escape(p);
        buf += r.value;
        segBuf += r.value;
        p = r.next;
        continue;
      }
      if (single && c === C.Dollar) {
        const d = s.charCodeAt(p + 1);
        if (d === C.Dollar) {
          buf += '$';
          segBuf += '$';
          p += 2;
          continue;
        }
        if (isIdentStart(d)) {
          hasInterp = true;
          flushText(p);
          let q = p + 1;
          while (q < lim && isIdentPart(s.charCodeAt(q))) q++;
          const name = s.slice(p + 1, q);
          parts.push({ kind: 'ident', name, start: p, end: q });
          buf += s.slice(p, q);
          p = q;
          segStart = p;
          continue;
        }
        if (d === C.LBrace) {
          hasInterp = true;
          flushText(p);
          const sub = new Lexer(this.file, this.sink, p + 2, lim);
          const tokens: Token[] = [];
          let depth = 0;
          let closed = false;
          for (;;) {
            const tk = sub.next();
            if (tk.t === T.Eof) break;
            if (tk.t === T.BrOpen) depth++;
            else if (tk.t === T.BrClose) {
              if (depth === 0) {
                closed = true;
                sub.pos = tk.end;
                break;
              }
              depth--;
            }
            tokens.push(tk);
          }
          const end = sub.pos;
          if (!closed) {
            this.error('lex.unterminated-string', start, start);
            tokens.push({ t: T.Eof, start: end, end, value: '' });
            parts.push({ kind: 'code', tokens, start: p, end });
            this.pos = lim;
            return this.stringToken(start, buf, single, parts, hasInterp);
          }
          tokens.push({ t: T.Eof, start: end - 1, end: end - 1, value: '' });
          parts.push({ kind: 'code', tokens, start: p, end });
          buf += s.slice(p, end);
          p = end;
          segStart = p;
          continue;
        }
      }
      buf += s[p];
      segBuf += s[p];
      p++;
    }
    if (single && hasInterp) flushText(this.pos - 1);
    return this.stringToken(start, buf, single, parts, hasInterp);
  }

  private stringToken(start: number, value: string, single: boolean, parts: StringPart[], hasInterp: boolean): Token {
    const tok = this.tok(T.String, start, value);
    tok.single = single;
    if (hasInterp) tok.parts = parts;
    return tok;
  }

  /** Decode one escape at p (pointing at the backslash). Invalid escapes report and keep the char. */
  private escape(p: number): { value: string; next: number } {
    const s = this.text;
    const c = s.charCodeAt(p + 1);
    // Haxe's explanation after "Invalid escape sequence \x", for `\x` and `\u`.
    let detail = '';
    switch (c) {
      case 110: return { value: '\n', next: p + 2 }; // n
      case 114: return { value: '\r', next: p + 2 }; // r
      case 116: return { value: '\t', next: p + 2 }; // t
      case C.DQuote: return { value: '"', next: p + 2 };
      case C.SQuote: return { value: "'", next: p + 2 };
      case C.Backslash: return { value: '\\', next: p + 2 };
      // `\$` is not an escape in Haxe 4.2 (a `$$` in a single-quoted string is the literal dollar).
      case C.x: {
        const h = s.slice(p + 2, p + 4);
        if (/^[0-9a-fA-F]{2}$/.test(h)) return { value: String.fromCharCode(parseInt(h, 16)), next: p + 4 };
        detail = '. Must be followed by a hexadecimal sequence.';
        break;
      }
      case 117: { // u
        detail = '. Must be followed by a hexadecimal sequence enclosed in curly brackets.';
        if (s.charCodeAt(p + 2) === C.LBrace) {
          const close = s.indexOf('}', p + 3);
          const h = close > 0 ? s.slice(p + 3, close) : '';
          if (/^[0-9a-fA-F]+$/.test(h)) {
            const cp = parseInt(h, 16);
            if (cp <= 0x10ffff) return { value: String.fromCodePoint(cp), next: close + 1 };
            detail = '. Maximum allowed value for unicode escape sequence is \\u{10FFFF}';
          }
          break;
        }
        const h = s.slice(p + 2, p + 6);
        if (/^[0-9a-fA-F]{4}$/.test(h)) return { value: String.fromCharCode(parseInt(h, 16)), next: p + 6 };
        break;
      }
      default:
        if (c >= C.D0 && c <= C.D7) {
          const o = s.slice(p + 1, p + 4);
          if (/^[0-3][0-7]{2}$/.test(o)) return { value: String.fromCharCode(parseInt(o, 8)), next: p + 4 };
        }
    }
    if (p + 1 >= this.limit) return { value: '', next: p + 1 };
    const ch = String.fromCodePoint(s.codePointAt(p + 1)!);
    this.error('lex.invalid-escape', p, p, [ch, detail]);
    return { value: ch, next: p + 1 + ch.length };
  }

  private regex(start: number): Token {
    const s = this.text;
    const lim = this.limit;
    let p = start + 2;
    let body = '';
    for (;;) {
      if (p >= lim || s.charCodeAt(p) === C.LF || s.charCodeAt(p) === C.CR) {
        this.error('lex.unterminated-regexp', start, start);
        this.pos = p;
        const tok = this.tok(T.Regex, start, body);
        tok.flags = '';
        return tok;
      }
      const c = s.charCodeAt(p);
      if (c === C.Slash) break;
      if (c === C.Backslash && p + 1 < lim) {
        // As Haxe's lexer: `\/` stands for `/` and `\n \r \t` for the characters themselves; the
        // escapes a regex engine knows are kept as written; any other escape is an invalid character.
        const d = s[p + 1]!;
        if (d === '/' || d === 'n' || d === 'r' || d === 't') {
          body += d === '/' ? '/' : d === 'n' ? '\n' : d === 'r' ? '\r' : '\t';
          p += 2;
        } else if ('\\$.*+^|{}[]()?-0123456789wWbBsSdDx'.includes(d)) {
          body += s.slice(p, p + 2);
          p += 2;
        } else if ((d === 'u' || d === 'U') && /^[0-9a-fA-F]{4}$/.test(s.slice(p + 2, p + 6))) {
          body += s.slice(p, p + 6);
          p += 6;
        } else {
          this.error('lex.invalid-char', p + 1, p + 1, ["'\\'"]);
          const eol = d === '\n' || d === '\r';
          body += eol ? '\\' : s.slice(p, p + 2);
          p += eol ? 1 : 2;
        }
        continue;
      }
      body += s[p];
      p++;
    }
    p++;
    const flagStart = p;
    while (p < lim && isIdentPart(s.charCodeAt(p))) {
      const f = s[p]!;
      if (!'gimsu'.includes(f)) {
        this.error('lex.invalid-regexp-option', p, p);
      }
      p++;
    }
    this.pos = p;
    const tok = this.tok(T.Regex, start, body);
    tok.flags = s.slice(flagStart, p).replace(/[^gimsu]/g, '');
    return tok;
  }
}

export function lex(file: SourceFile, sink: DiagnosticSink): Token[] {
  return new Lexer(file, sink).lexAll();
}
