// haxe.Constraints: types used as type-parameter constraints, and the IMap interface.
// Function, FlatEnum, NotVoid and Constructible are abstracts the typer gives meaning to (no bodies);
// IMap is the interface every map class implements.

package haxe;

/** Any function type (`@:callable`, so a value of it can be called with any arguments). */
@:callable
abstract Function(Dynamic) {}

/** An enum whose constructors take no arguments (as a constraint). */
abstract FlatEnum(Dynamic) {}

/** Any type except Void (as a constraint). */
abstract NotVoid(Dynamic) {}

/** A type that has a constructor of type T (as a constraint, e.g. `Constructible<Int->Void>`). */
abstract Constructible<T>(Dynamic) {}

/** The operations shared by every map implementation. */
interface IMap<K, V> {
	function get(k:K):Null<V>;
	function set(k:K, v:V):Void;
	function exists(k:K):Bool;
	function remove(k:K):Bool;
	function keys():Iterator<K>;
	function iterator():Iterator<V>;
	function keyValueIterator():KeyValueIterator<K, V>;
	function copy():IMap<K, V>;
	function toString():String;
	function clear():Void;
}
