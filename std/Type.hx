// Type: run-time type information (classes, enums, their names and constructors).
// Real Haxe over the runtime's RTTI (rayzor.rt.Dyn): classes and enums are found among the types the
// program reaches (as with Haxe's dead code elimination). ValueType is a plain enum (real Haxe).

class Type {
	/** The class of object `o`, or null for non-class values. */
	public static function getClass<T>(o:T):Class<T> {
		return cast rayzor.rt.Dyn.getClass(o);
	}

	/** The enum of enum value `o`. */
	public static function getEnum(o:EnumValue):Enum<Dynamic> {
		return cast rayzor.rt.Dyn.getEnum(o);
	}

	/** The superclass of `c`, or null. */
	public static function getSuperClass(c:Class<Dynamic>):Class<Dynamic> {
		return cast rayzor.rt.Dyn.superClass(c);
	}

	/** The dotted path of `c`, e.g. "haxe.ds.StringMap". */
	public static function getClassName(c:Class<Dynamic>):String {
		return rayzor.rt.Dyn.className(c);
	}

	/** The dotted path of `e`. */
	public static function getEnumName(e:Enum<Dynamic>):String {
		return rayzor.rt.Dyn.className(e);
	}

	/** The class with dotted path `name`, or null. */
	public static function resolveClass(name:String):Class<Dynamic> {
		return cast rayzor.rt.Dyn.resolveType(name, 1);
	}

	/** The enum with dotted path `name`, or null. */
	public static function resolveEnum(name:String):Enum<Dynamic> {
		return cast rayzor.rt.Dyn.resolveType(name, 2);
	}

	/** A new instance of `cl`, calling its constructor with `args`. */
	public static function createInstance<T>(cl:Class<T>, args:Array<Dynamic>):T {
		return cast rayzor.rt.Dyn.createInstance(cl, args);
	}

	/** A new instance of `cl` without running its constructor. */
	public static function createEmptyInstance<T>(cl:Class<T>):T {
		return cast rayzor.rt.Dyn.createEmptyInstance(cl);
	}

	/** The value of constructor `constr` of `e` with arguments `params`. */
	public static function createEnum<T>(e:Enum<T>, constr:String, ?params:Array<Dynamic>):T {
		return cast rayzor.rt.Dyn.createEnumIndex(e, rayzor.rt.Dyn.enumConstructs(e).indexOf(constr), params);
	}

	/** The value of the constructor at `index` of `e` with arguments `params`. */
	public static function createEnumIndex<T>(e:Enum<T>, index:Int, ?params:Array<Dynamic>):T {
		return cast rayzor.rt.Dyn.createEnumIndex(e, index, params);
	}

	/** Names of the instance fields of `c` (inherited ones included). */
	public static function getInstanceFields(c:Class<Dynamic>):Array<String> {
		return rayzor.rt.Dyn.instanceFields(c);
	}

	/** Names of the static fields of `c`. */
	public static function getClassFields(c:Class<Dynamic>):Array<String> {
		return rayzor.rt.Dyn.classFields(c);
	}

	/** Names of the constructors of `e`, in declaration order. */
	public static function getEnumConstructs(e:Enum<Dynamic>):Array<String> {
		return rayzor.rt.Dyn.enumConstructs(e);
	}

	/** The run-time type of `v`. */
	public static function typeof(v:Dynamic):ValueType {
		return rayzor.rt.Dyn.typeOf(v);
	}

	/** Structural equality of enum values (constructors, then arguments recursively). */
	public static function enumEq<T:EnumValue>(a:T, b:T):Bool {
		return rayzor.rt.Dyn.enumEq(a, b);
	}

	/** The constructor name of `e`. */
	public static function enumConstructor(e:EnumValue):String {
		return rayzor.rt.Dyn.enumConstructor(e);
	}

	/** The constructor arguments of `e` ([] for none). */
	public static function enumParameters(e:EnumValue):Array<Dynamic> {
		return rayzor.rt.Dyn.enumParameters(e);
	}

	/** The constructor index of `e` (declaration order, from 0). */
	public static function enumIndex(e:EnumValue):Int {
		return rayzor.Ptr.ofObject(e).getI32(8);
	}

	/** The values of all argument-less constructors of `e`, in declaration order. */
	public static function allEnums<T>(e:Enum<T>):Array<T> {
		return cast rayzor.rt.Dyn.allEnums(e);
	}
}

/** What Type.typeof tells about a value. */
enum ValueType {
	TNull;
	TInt;
	TFloat;
	TBool;
	TObject;
	TFunction;
	TClass(c:Class<Dynamic>);
	TEnum(e:Enum<Dynamic>);
	TUnknown;
}
