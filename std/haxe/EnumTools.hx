// haxe.EnumTools: static extensions on enums (EnumTools) and enum values (EnumValueTools). The typer
// applies both to every module, so `e.getIndex()` needs no `using`.
// Both classes are extern with inline bodies that are real Haxe: each member forwards to Type, which
// the runtime provides.

package haxe;

extern class EnumTools {
	/** The dotted path of `e`. */
	static inline function getName<T>(e:Enum<T>):String {
		return Type.getEnumName(e);
	}

	/** The value of constructor `constr` of `e` with arguments `params`. */
	static inline function createByName<T>(e:Enum<T>, constr:String, ?params:Array<Dynamic>):T {
		return Type.createEnum(e, constr, params);
	}

	/** The value of the constructor at `index` of `e` with arguments `params`. */
	static inline function createByIndex<T>(e:Enum<T>, index:Int, ?params:Array<Dynamic>):T {
		return Type.createEnumIndex(e, index, params);
	}

	/** The values of all argument-less constructors of `e`. */
	static inline function createAll<T>(e:Enum<T>):Array<T> {
		return Type.allEnums(e);
	}

	/** Names of the constructors of `e`, in declaration order. */
	static inline function getConstructors<T>(e:Enum<T>):Array<String> {
		return Type.getEnumConstructs(e);
	}
}

extern class EnumValueTools {
	/** Structural equality of `a` and `b`. */
	static inline function equals<T:EnumValue>(a:T, b:T):Bool {
		return Type.enumEq(a, b);
	}

	/** The constructor name of `e`. */
	static inline function getName(e:EnumValue):String {
		return Type.enumConstructor(e);
	}

	/** The constructor arguments of `e`. */
	static inline function getParameters(e:EnumValue):Array<Dynamic> {
		return Type.enumParameters(e);
	}

	/** The constructor index of `e`. */
	static inline function getIndex(e:EnumValue):Int {
		return Type.enumIndex(e);
	}
}
