// EnumValue: the supertype of every enum instance.
// A compiler core type. `match` is declared for the typer, which rewrites `e.match(pattern)` into a
// switch, so its body is never run. getIndex/getName/getParameters come from
// haxe.EnumTools.EnumValueTools, which the typer applies to every module as a static extension
// (as Haxe 4.2 does).

@:coreType abstract EnumValue {
	/** Whether this value matches `pattern` (a switch-case pattern); expanded by the typer. */
	public function match(pattern:Dynamic):Bool {
		return false;
	}
}
