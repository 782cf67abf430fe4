// haxe.ds.StringMap: a hash map with String keys (what Map<String, V> becomes).
// Extern: the runtime implements the class (hashing, storage, iteration order); no Haxe bodies
// except keyValueIterator, which is real Haxe through haxe.iterators.MapKeyValueIterator.

package haxe.ds;

extern class StringMap<T> implements haxe.Constraints.IMap<String, T> {
	function new():Void;
	function set(key:String, value:T):Void;
	function get(key:String):Null<T>;
	function exists(key:String):Bool;
	function remove(key:String):Bool;
	function keys():Iterator<String>;
	function iterator():Iterator<T>;

	@:runtime inline function keyValueIterator():KeyValueIterator<String, T> {
		return new haxe.iterators.MapKeyValueIterator(this);
	}

	function copy():StringMap<T>;
	function toString():String;
	function clear():Void;
}
