// haxe.iterators.StringIterator: iterates over the code units of a String (StringTools.iterator).
// Real Haxe: the whole class.

package haxe.iterators;

class StringIterator {
	var offset = 0;
	var s:String;

	public inline function new(s:String) {
		this.s = s;
	}

	public inline function hasNext():Bool {
		return offset < s.length;
	}

	public inline function next():Int {
		return StringTools.unsafeCodeAt(s, offset++);
	}
}
