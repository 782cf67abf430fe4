interface Describable {
	function describe():String;
}

interface HasArea extends Describable {
	var name(get, never):String;
	function area():Float;
}

class Animal implements Describable {
	public static var created = 0;
	public var name:String;
	var sound:String;

	public function new(name:String, sound:String) {
		this.name = name;
		this.sound = sound;
		created++;
	}

	public function speak():String return name + " says " + sound;
	public function describe():String return "Animal(" + name + ")";
	public function toString():String return "[" + Type.getClassName(Type.getClass(this)) + " " + name + "]";
}

class Dog extends Animal {
	public var tricks:Array<String> = [];
	public function new(name:String) {
		super(name, "woof");
	}
	override public function speak():String return super.speak() + "!";
	override public function describe():String return "Dog:" + super.describe();
	public function learn(t:String):Dog {
		tricks.push(t);
		return this;
	}
}

class Puppy extends Dog {
	public function new(name:String) {
		super(name);
		sound = "yip";
	}
	override public function speak():String return "tiny " + super.speak();
}

class Temperature {
	public var celsius(default, set):Float;
	public var fahrenheit(get, set):Float;
	public var kelvin(get, never):Float;
	public var changes(default, null):Int = 0;

	public function new(c:Float) celsius = c;

	function set_celsius(v:Float):Float {
		changes++;
		return celsius = v;
	}
	function get_fahrenheit():Float return celsius * 9 / 5 + 32;
	function set_fahrenheit(f:Float):Float {
		celsius = (f - 32) * 5 / 9;
		return f;
	}
	function get_kelvin() return celsius + 273.15;
}

class Square implements HasArea {
	var side:Float;
	public var name(get, never):String;
	public function new(s:Float) side = s;
	function get_name() return "square";
	public function area():Float return side * side;
	public function describe():String return name + " of area " + area();
}

class Registry {
	static var items:Array<String> = [];
	public static inline var MAX = 3;
	public static function add(s:String):Bool {
		if (items.length >= MAX) return false;
		items.push(s);
		return true;
	}
	public static function list():String return items.join(";");
}

class Main {
	static function main() {
		var a = new Animal("Cat", "meow");
		var d = new Dog("Rex");
		var p = new Puppy("Bit");
		var all:Array<Animal> = [a, d, p];
		for (x in all) Sys.println(x.speak() + " / " + x.describe());
		trace(all);
		trace(Animal.created);
		d.learn("sit").learn("roll");
		trace(d.tricks);
		trace(Std.isOfType(p, Dog) + " " + Std.isOfType(d, Puppy) + " " + Std.isOfType(p, Describable));
		var desc:Describable = p;
		trace(desc.describe());
		var asDog = Std.downcast(all[2], Dog);
		trace(asDog != null ? asDog.name : "none");
		trace(Std.downcast(all[0], Dog) == null);
		var t = new Temperature(100);
		trace(t.fahrenheit + " " + t.kelvin);
		t.fahrenheit = 32;
		trace(t.celsius + " changes=" + t.changes);
		t.celsius += 10;
		trace(t.celsius + " changes=" + t.changes);
		var sq = new Square(3);
		var ha:HasArea = sq;
		trace(ha.describe() + " " + ha.name);
		for (s in ["a", "b", "c", "d"]) Sys.print(Registry.add(s) + " ");
		Sys.println(Registry.list() + " max=" + Registry.MAX);
		trace(Type.getClassName(Type.getSuperClass(Puppy)));
		var cls = Type.getClass(d);
		trace(cls == Dog);
		trace(Std.string(a));
		trace('interp: $p');
		var o:Dynamic = d;
		trace(o.name);
	}
}
