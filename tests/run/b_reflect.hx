enum Shape {
	Circle(r:Float);
	Rect(w:Int, h:Int);
	Empty;
}

interface Named {
	function getName():String;
}

class Animal implements Named {
	public var name:String;
	public var legs:Int;

	public function new(name:String, legs:Int) {
		this.name = name;
		this.legs = legs;
	}

	public function getName():String return name;

	public function speak(times:Int):String return name + " makes noise x" + times;
}

class Dog extends Animal {
	public var breed:String;

	public function new(name:String, breed:String) {
		super(name, 4);
		this.breed = breed;
	}

	override public function speak(times:Int):String return [for (i in 0...times) "woof"].join(" ");
}

class Plain {
	public var v:Int;
	public function new(v:Int) this.v = v;
}

class WithToString {
	var id:Int;
	public function new(id:Int) this.id = id;
	public function toString():String return "WTS#" + id;
}

class Main {
	static function kind(v:Dynamic):String {
		return switch (Type.typeof(v)) {
			case TNull: "null";
			case TInt: "int";
			case TFloat: "float";
			case TBool: "bool";
			case TObject: "object";
			case TFunction: "function";
			case TClass(c): "class " + Type.getClassName(c);
			case TEnum(e): "enum " + Type.getEnumName(e);
			case TUnknown: "unknown";
		}
	}

	static function main() {
		var values:Array<Dynamic> = [null, 1, 2.5, true, "str", [1, 2], {a: 1}, new Dog("Rex", "lab"), Circle(1.5), Empty, function(x) return x, Main.kind];
		for (v in values) Sys.println(kind(v));

		var d:Animal = new Dog("Fido", "pug");
		Sys.println(Std.isOfType(d, Dog) + " " + Std.isOfType(d, Animal) + " " + Std.isOfType(d, Named) + " " + Std.isOfType(d, Plain));
		var asDog = Std.downcast(d, Dog);
		Sys.println(asDog != null ? asDog.breed : "not a dog");
		var cat = new Animal("Tom", 4);
		Sys.println(Std.downcast(cat, Dog) == null);
		Sys.println(Type.getClassName(Type.getClass(d)) + " super=" + Type.getClassName(Type.getSuperClass(Type.getClass(d))));

		// Reflect on objects
		var o:Dynamic = {x: 10, y: 20, label: "pt"};
		Sys.println(Reflect.hasField(o, "x") + " " + Reflect.hasField(o, "z"));
		Sys.println(Reflect.field(o, "label"));
		Reflect.setField(o, "x", 99);
		Sys.println(o.x);
		var keys = Reflect.fields(o);
		keys.sort(Reflect.compare);
		Sys.println(keys.join(","));
		var sum = 0;
		for (k in keys) if (Std.isOfType(Reflect.field(o, k), Int)) sum += Reflect.field(o, k);
		Sys.println("sum=" + sum);

		// Reflect on instances
		Sys.println(Reflect.field(d, "name") + " " + Reflect.field(d, "breed"));
		var m = Reflect.field(d, "speak");
		Sys.println(Reflect.isFunction(m) + " " + Reflect.isFunction(d));
		Sys.println(Reflect.callMethod(d, m, [3]));
		var f = function(a:Int, b:Int) return a * b;
		Sys.println(Reflect.callMethod(null, f, [6, 7]));
		Sys.println(Reflect.compare(1, 2) + " " + Reflect.compare("b", "a") + " " + Reflect.compare(3.0, 3.0));
		Sys.println(Reflect.isObject(o) + " " + Reflect.isObject(1) + " " + Reflect.isObject("s"));

		// enums via Type
		var s = Type.createEnum(Shape, "Rect", [3, 4]);
		Sys.println(s);
		Sys.println(Type.enumConstructor(s) + " " + Type.enumIndex(s) + " " + Type.enumParameters(s));
		Sys.println(Type.getEnumConstructs(Shape));
		var e2 = Type.createEnumIndex(Shape, 0, [2.0]);
		Sys.println(e2 + " " + Type.enumEq(e2, Circle(2.0)) + " " + Type.enumEq(e2, Circle(3.0)));
		Sys.println(Type.allEnums(Shape).length);

		// Std.string of all kinds of values
		Sys.println(Std.string(new Plain(3)));
		Sys.println(Std.string(new WithToString(7)));
		Sys.println(Std.string([new WithToString(1), new WithToString(2)]));
		Sys.println(Std.string([Circle(1), Rect(2, 3), Empty]));
		Sys.println(Std.string([[1, 2], [3]]));
		Sys.println(Std.string(null) + " " + Std.string(true) + " " + Std.string(-0.5));
		var nested = {name: "n", list: [1.5, 2.0], shape: Rect(1, 1)};
		Sys.println(Std.string(nested.list) + " " + nested.shape);
		Sys.println(Type.getClassName(String) + " " + Type.getClassName(Type.getClass("abc")));
	}
}
