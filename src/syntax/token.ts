// Tokens of Haxe 4.2.
// Takes: nothing. Gives: the token kinds, the token record, keyword set and token printing for messages.
// Invariant: `>` is always lexed alone (Haxe does the same) so that `Array<Array<Int>>` closes two type
// parameter lists; the parser joins adjacent `>` `>` `>` `=` into shift and comparison operators.

export const enum T {
  Eof,
  Ident,
  Kwd,
  Int,
  Float,
  String,
  Regex,
  Dollar, // `$name` or `$` (macro reification)
  Op, // binary/unary operators, value holds the text
  Semicolon,
  Comma,
  BrOpen,
  BrClose,
  BkOpen,
  BkClose,
  POpen,
  PClose,
  Dot,
  DblDot,
  Arrow, // ->
  Interval, // ...
  Sharp, // #if, #else, ... value holds the word
  Question,
  At,
}

/** A piece of a single-quoted string: literal text, `$name`, or `${expr}` with its tokens. */
export type StringPart =
  | { kind: 'text'; value: string; start: number; end: number }
  | { kind: 'ident'; name: string; start: number; end: number }
  | { kind: 'code'; tokens: Token[]; start: number; end: number };

export interface Token {
  t: T;
  start: number;
  end: number;
  /** Identifier/keyword/operator text, decoded string value, number text, `#` word, `$` name. */
  value: string;
  /** For strings: true when single-quoted (interpolating). */
  single?: boolean;
  /** Interpolation parts of a single-quoted string that has any `$`. */
  parts?: StringPart[];
  /** Regex flags. */
  flags?: string;
  /** Doc comment (`/** … *\/`) that immediately precedes this token. */
  doc?: string;
}

export const KEYWORDS: ReadonlySet<string> = new Set([
  'function', 'class', 'var', 'if', 'else', 'while', 'do', 'for', 'break', 'continue', 'return',
  'extends', 'implements', 'import', 'switch', 'case', 'default', 'static', 'public', 'private', 'try',
  'catch', 'new', 'this', 'throw', 'extern', 'enum', 'in', 'interface', 'untyped', 'cast', 'override',
  'typedef', 'dynamic', 'package', 'inline', 'using', 'null', 'true', 'false', 'abstract', 'macro',
  'final', 'operator', 'overload',
]);

/** How a token is named in "Unexpected X" messages, as Haxe's s_token does. */
export function tokenText(tok: Token): string {
  switch (tok.t) {
    case T.Eof: return '<end of file>';
    case T.String: return tok.single ? `'${tok.value}'` : `"${tok.value}"`;
    case T.Regex: return `~/${tok.value}/${tok.flags ?? ''}`;
    case T.Dollar: return `$${tok.value}`;
    case T.Semicolon: return ';';
    case T.Comma: return ',';
    case T.BrOpen: return '{';
    case T.BrClose: return '}';
    case T.BkOpen: return '[';
    case T.BkClose: return ']';
    case T.POpen: return '(';
    case T.PClose: return ')';
    case T.Dot: return '.';
    case T.DblDot: return ':';
    case T.Arrow: return '->';
    case T.Interval: return '...';
    case T.Sharp: return `#${tok.value}`;
    case T.Question: return '?';
    case T.At: return '@';
    default: return tok.value;
  }
}
