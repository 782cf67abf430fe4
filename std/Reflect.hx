// Reflect: access to fields and functions by name, at run time.
// Extern: every member is provided by the runtime (it knows object layouts and field names); no
// Haxe bodies.

extern class Reflect {
	/** Whether `o` has a field named `field` (not properties' getters). */
	static function hasField(o:Dynamic, field:String):Bool;

	/** The value of field `field` of `o`, or null. */
	static function field(o:Dynamic, field:String):Dynamic;

	/** Sets field `field` of `o`. */
	static function setField(o:Dynamic, field:String, value:Dynamic):Void;

	/** Like field, but calls the getter of a property. */
	static function getProperty(o:Dynamic, field:String):Dynamic;

	/** Like setField, but calls the setter of a property. */
	static function setProperty(o:Dynamic, field:String, value:Dynamic):Void;

	/** Calls `func` with `o` as `this` and `args` as arguments. */
	static function callMethod(o:Dynamic, func:haxe.Constraints.Function, args:Array<Dynamic>):Dynamic;

	/** Names of the fields of structure or instance `o`. */
	static function fields(o:Dynamic):Array<String>;

	/** Whether `f` is a function. */
	static function isFunction(f:Dynamic):Bool;

	/** Negative, zero or positive (numbers, strings, ...); unspecified for other types. */
	static function compare<T>(a:T, b:T):Int;

	/** Whether two function values are the same function (bound to the same object). */
	static function compareMethods(f1:Dynamic, f2:Dynamic):Bool;

	/** Whether `v` is an object (instance, structure, class, enum, string), not a number or function. */
	static function isObject(v:Dynamic):Bool;

	/** Whether `v` is an enum value. */
	static function isEnumValue(v:Dynamic):Bool;

	/** Removes field `field` of structure `o`; tells whether it existed. */
	static function deleteField(o:Dynamic, field:String):Bool;

	/** A shallow copy of structure `o`. */
	static function copy<T>(o:Null<T>):Null<T>;

	/** A function that takes any number of arguments and passes them to `f` as an Array. */
	@:overload(function(f:Array<Dynamic>->Void):Dynamic {})
	static function makeVarArgs(f:Array<Dynamic>->Dynamic):Dynamic;
}
