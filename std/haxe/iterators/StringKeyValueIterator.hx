// haxe.iterators.StringKeyValueIterator: iterates over (index, code unit) pairs of a String.
// Real Haxe: the whole class.

package haxe.iterators;

class StringKeyValueIterator {
	var offset = 0;
	var s:String;

	public inline function new(s:String) {
		this.s = s;
	}

	public inline function hasNext():Bool {
		return offset < s.length;
	}

	public inline function next():{key:Int, value:Int} {
		var i = offset++;
		return {key: i, value: StringTools.unsafeCodeAt(s, i)};
	}
}
