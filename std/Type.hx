// Type: run-time type information (classes, enums, their names and constructors).
// Extern: every member of Type is provided by the runtime, which owns the type descriptors; no Haxe
// bodies. ValueType is a plain enum (real Haxe).

extern class Type {
	/** The class of object `o`, or null for non-class values. */
	static function getClass<T>(o:T):Class<T>;

	/** The enum of enum value `o`. */
	static function getEnum(o:EnumValue):Enum<Dynamic>;

	/** The superclass of `c`, or null. */
	static function getSuperClass(c:Class<Dynamic>):Class<Dynamic>;

	/** The dotted path of `c`, e.g. "haxe.ds.StringMap". */
	static function getClassName(c:Class<Dynamic>):String;

	/** The dotted path of `e`. */
	static function getEnumName(e:Enum<Dynamic>):String;

	/** The class with dotted path `name`, or null. */
	static function resolveClass(name:String):Class<Dynamic>;

	/** The enum with dotted path `name`, or null. */
	static function resolveEnum(name:String):Enum<Dynamic>;

	/** A new instance of `cl`, calling its constructor with `args`. */
	static function createInstance<T>(cl:Class<T>, args:Array<Dynamic>):T;

	/** A new instance of `cl` without running its constructor. */
	static function createEmptyInstance<T>(cl:Class<T>):T;

	/** The value of constructor `constr` of `e` with arguments `params`. */
	static function createEnum<T>(e:Enum<T>, constr:String, ?params:Array<Dynamic>):T;

	/** The value of the constructor at `index` of `e` with arguments `params`. */
	static function createEnumIndex<T>(e:Enum<T>, index:Int, ?params:Array<Dynamic>):T;

	/** Names of the instance fields of `c` (inherited ones included). */
	static function getInstanceFields(c:Class<Dynamic>):Array<String>;

	/** Names of the static fields of `c`. */
	static function getClassFields(c:Class<Dynamic>):Array<String>;

	/** Names of the constructors of `e`, in declaration order. */
	static function getEnumConstructs(e:Enum<Dynamic>):Array<String>;

	/** The run-time type of `v`. */
	static function typeof(v:Dynamic):ValueType;

	/** Structural equality of enum values (constructors, then arguments recursively). */
	static function enumEq<T:EnumValue>(a:T, b:T):Bool;

	/** The constructor name of `e`. */
	static function enumConstructor(e:EnumValue):String;

	/** The constructor arguments of `e` ([] for none). */
	static function enumParameters(e:EnumValue):Array<Dynamic>;

	/** The constructor index of `e` (declaration order, from 0). */
	static function enumIndex(e:EnumValue):Int;

	/** The values of all argument-less constructors of `e`, in declaration order. */
	static function allEnums<T>(e:Enum<T>):Array<T>;
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
