// The registry of diagnostic codes and their message templates.
// Takes: nothing. Gives: `messageFor(code, args)`, the one place where a message's wording lives.
// Invariant: wording follows official Haxe 4.2.5 wherever Haxe reports the same condition, so that
// editor problem matchers and users' habits carry over; `{0}`, `{1}` are replaced by arguments.

export type Severity = 'error' | 'warning' | 'info';

export interface CodeInfo {
  severity: Severity;
  template: string;
}

const registry = {
  // lexer
  'lex.invalid-char': { severity: 'error', template: 'Invalid character {0}' },
  'lex.unterminated-string': { severity: 'error', template: 'Unterminated string' },
  'lex.unclosed-comment': { severity: 'error', template: 'Unclosed comment' },
  'lex.unterminated-regexp': { severity: 'error', template: 'Unterminated regular expression' },
  'lex.invalid-regexp-option': { severity: 'error', template: 'Invalid regular expression option' },
  'lex.invalid-escape': { severity: 'error', template: 'Invalid escape sequence \\{0}' },
  'lex.unclosed-interpolation': { severity: 'error', template: 'Unclosed string interpolation' },
  // preprocessor
  'pp.unclosed-conditional': { severity: 'error', template: 'Unclosed conditional compilation block' },
  'pp.unknown-token': { severity: 'error', template: 'Unknown token' },
  'pp.invalid-condition': { severity: 'error', template: 'Invalid conditional expression' },
  'pp.error-directive': { severity: 'error', template: '{0}' },
  'pp.not-implemented': { severity: 'error', template: 'Not implemented for current platform' },
  'pp.unexpected': { severity: 'error', template: 'Unexpected {0}' },
  // parser
  'parse.unexpected': { severity: 'error', template: 'Unexpected {0}' },
  'parse.expected': { severity: 'error', template: 'Expected {0}' },
  'parse.expected-expression': { severity: 'error', template: 'Expected expression' },
  'parse.missing-semicolon': { severity: 'error', template: 'Missing ;' },
  'parse.missing-var-ident': { severity: 'error', template: 'Missing variable identifier' },
  'parse.duplicate-default': { severity: 'error', template: 'Duplicate default' },
  'parse.missing-type': { severity: 'error', template: 'Missing type declaration' },
  'parse.custom': { severity: 'error', template: '{0}' },
  // driver / cli
  'io.cannot-read': { severity: 'error', template: 'Could not read file {0}: {1}' },
  'io.not-found': { severity: 'error', template: 'File not found: {0}' },
} as const satisfies Record<string, CodeInfo>;

export type DiagCode = keyof typeof registry;

export function codeInfo(code: DiagCode): CodeInfo {
  return registry[code];
}

export function messageFor(code: DiagCode, args: readonly string[]): string {
  return registry[code].template.replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)] ?? '');
}

export function allCodes(): DiagCode[] {
  return Object.keys(registry) as DiagCode[];
}
