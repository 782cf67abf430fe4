// haxe.DynamicAccess<T>: an anonymous structure used as a string-keyed map of T (`o["key"]`).
// Real Haxe: every member is written over Reflect (field, setField, hasField, deleteField, fields,
// copy); the iterators walk a snapshot of the field names.

package haxe;

abstract DynamicAccess<T>(Dynamic<T>) from Dynamic<T> to Dynamic<T> {
	/** An empty structure. */
	public inline function new()
		this = {};

	/** The value of field `key`, or null when absent. */
	@:arrayAccess
	public inline function get(key:String):Null<T> {
		return Reflect.field(this, key);
	}

	/** Sets field `key` to `value`; gives `value`. */
	@:arrayAccess
	public inline function set(key:String, value:T):T {
		Reflect.setField(this, key, value);
		return value;
	}

	public inline function exists(key:String):Bool
		return Reflect.hasField(this, key);

	public inline function remove(key:String):Bool
		return Reflect.deleteField(this, key);

	/** The field names (in no particular order). */
	public inline function keys():Array<String>
		return Reflect.fields(this);

	/** A shallow copy. */
	public inline function copy():DynamicAccess<T>
		return Reflect.copy(this);

	public inline function iterator():DynamicAccessIterator<T> {
		return new DynamicAccessIterator(this);
	}

	public inline function keyValueIterator():DynamicAccessKeyValueIterator<T> {
		return new DynamicAccessKeyValueIterator(this);
	}
}

/** The values of a DynamicAccess. */
class DynamicAccessIterator<T> {
	final access:DynamicAccess<T>;
	final keys:Array<String>;
	var index:Int;

	public inline function new(access:DynamicAccess<T>) {
		this.access = access;
		this.keys = access.keys();
		index = 0;
	}

	public inline function hasNext():Bool {
		return index < keys.length;
	}

	public inline function next():T {
		return access.get(keys[index++]);
	}
}

/** The key-value pairs of a DynamicAccess. */
class DynamicAccessKeyValueIterator<T> {
	final access:DynamicAccess<T>;
	final keys:Array<String>;
	var index:Int;

	public inline function new(access:DynamicAccess<T>) {
		this.access = access;
		this.keys = access.keys();
		index = 0;
	}

	public inline function hasNext():Bool {
		return index < keys.length;
	}

	public inline function next():{key:String, value:T} {
		var key = keys[index++];
		return {value: access.get(key), key: key};
	}
}
