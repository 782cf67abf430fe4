// haxe.iterators.StringKeyValueIteratorUnicode: iterates over (code point index, code point) pairs
// of a String. Real Haxe (API as in 4.2.5); keys count code points, not UTF-16 units.

package haxe.iterators;

class StringKeyValueIteratorUnicode {
	var index = 0;
	var codes:StringIteratorUnicode;

	public inline function new(s:String) {
		codes = new StringIteratorUnicode(s);
	}

	public inline function hasNext():Bool {
		return codes.hasNext();
	}

	public inline function next():{key:Int, value:Int} {
		return {key: index++, value: codes.next()};
	}

	/** `for (i => c in StringKeyValueIteratorUnicode.unicodeKeyValueIterator(s))`. */
	public static inline function unicodeKeyValueIterator(s:String):StringKeyValueIteratorUnicode {
		return new StringKeyValueIteratorUnicode(s);
	}
}
