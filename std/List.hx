// List: the top-level name of haxe.ds.List (a typedef, as in Haxe 4.2.5).
// Real Haxe: the typedef only; the list itself is std/haxe/ds/List.hx.

typedef List<T> = haxe.ds.List<T>;
