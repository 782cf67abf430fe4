// Reflect: access to fields and functions by name, at run time.
// Real Haxe over the runtime's RTTI (rayzor.rt.Dyn); members the runtime cannot provide yet say so
// when called.

class Reflect {
	/** Whether `o` has a field named `field` (not properties' getters). */
	public static function hasField(o:Dynamic, field:String):Bool {
		return rayzor.rt.Dyn.hasField(o, field);
	}

	/** The value of field `field` of `o`, or null. */
	public static function field(o:Dynamic, field:String):Dynamic {
		return rayzor.rt.Dyn.fieldByName(o, field);
	}

	/** Sets field `field` of `o`. */
	public static function setField(o:Dynamic, field:String, value:Dynamic):Void {
		rayzor.rt.Dyn.setFieldByName(o, field, value);
	}

	/** Like field, but calls the getter of a property. */
	public static function getProperty(o:Dynamic, field:String):Dynamic {
		return rayzor.rt.Dyn.getProperty(o, field);
	}

	/** Like setField, but calls the setter of a property. */
	public static function setProperty(o:Dynamic, field:String, value:Dynamic):Void {
		rayzor.rt.Dyn.setProperty(o, field, value);
	}

	/** Calls `func` with `o` as `this` and `args` as arguments. */
	public static function callMethod(o:Dynamic, func:haxe.Constraints.Function, args:Array<Dynamic>):Dynamic {
		return rayzor.rt.Dyn.call(func, args);
	}

	/** Names of the fields of structure or instance `o`. */
	public static function fields(o:Dynamic):Array<String> {
		return rayzor.rt.Dyn.fields(o);
	}

	/** Whether `f` is a function. */
	public static function isFunction(f:Dynamic):Bool {
		return rayzor.rt.Dyn.isFunction(f);
	}

	/** Negative, zero or positive (numbers, strings, ...); unspecified for other types. */
	public static function compare<T>(a:T, b:T):Int {
		return rayzor.rt.Dyn.compare(a, b);
	}

	/** Whether two function values are the same function (bound to the same object). */
	public static function compareMethods(f1:Dynamic, f2:Dynamic):Bool {
		return rayzor.rt.Dyn.equals(f1, f2);
	}

	/** Whether `v` is an object (instance, structure, class, enum, string), not a number or function. */
	public static function isObject(v:Dynamic):Bool {
		return rayzor.rt.Dyn.isObject(v);
	}

	/** Whether `v` is an enum value. */
	public static function isEnumValue(v:Dynamic):Bool {
		return rayzor.rt.Dyn.isEnumValue(v);
	}

	/** Removes field `field` of structure `o`; tells whether it existed. */
	public static function deleteField(o:Dynamic, field:String):Bool {
		return rayzor.rt.Dyn.deleteField(o, field);
	}

	/** A shallow copy of structure `o`. */
	public static function copy<T>(o:Null<T>):Null<T> {
		return rayzor.rt.Dyn.copyObject(o);
	}

	/** A function that takes any number of arguments and passes them to `f` as an Array. */
	@:overload(function(f:Array<Dynamic>->Void):Dynamic {})
	public static function makeVarArgs(f:Array<Dynamic>->Dynamic):Dynamic {
		return rayzor.rt.Dyn.varArgs(f);
	}
}
