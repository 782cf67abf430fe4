// haxe.Json: JSON text to and from Haxe values (anonymous structures, arrays, strings, numbers, Bools,
// null). Real Haxe: both functions delegate to haxe.format.JsonParser and haxe.format.JsonPrinter.

package haxe;

class Json {
	/** Parses JSON `text`: objects become anonymous structures, arrays Arrays; throws on bad input. */
	public static inline function parse(text:String):Dynamic {
		return haxe.format.JsonParser.parse(text);
	}

	/**
		JSON text of `value`. `replacer(key, value)` may change each value before it is written (the key
		is a field name or an array index); `space` indents nested values by that string per level.
	**/
	public static inline function stringify(value:Dynamic, ?replacer:(key:Dynamic, value:Dynamic) -> Dynamic, ?space:String):String {
		return haxe.format.JsonPrinter.print(value, replacer, space);
	}
}
