// The defines every rayzor compilation starts with, before the user's -D flags.
// Takes: nothing. Gives: a fresh define table.
// Invariant: rayzor presents itself to `#if` as Haxe 4.2.5 on a static, sys-capable target with
// UTF-16 strings, which is what its semantics are (see docs/architecture.md).

export function defaultDefines(): Map<string, string> {
  return new Map([
    ['haxe', '4.2.5'],
    ['haxe3', '1'],
    ['haxe4', '1'],
    ['haxe_ver', '4.205'],
    ['rayzor', '1'],
    ['sys', '1'],
    ['static', '1'],
    ['utf16', '1'],
    ['target.name', 'rayzor'],
    ['target.sys', 'true'],
    ['target.static', 'true'],
    ['target.utf16', 'true'],
    ['target.threaded', 'false'],
    ['target.unicode', 'true'],
  ]);
}
