// Interfaces: a class implementing several, interface inheritance, calls through interface types,
// interface-typed collections, Std.isOfType and Std.downcast with interfaces.
interface Named {
	function getName():String;
}

interface Speaker extends Named {
	function speak():String;
}

interface Counted {
	var count(get, never):Int;
}

class Dog implements Speaker implements Counted {
	var barks = 0;

	public var count(get, never):Int;

	public function new() {}

	function get_count() return barks;

	public function getName() return "dog";

	public function speak() {
		barks++;
		return "woof";
	}
}

class Robot implements Speaker {
	var id:Int;

	public function new(id:Int) this.id = id;

	public function getName() return "robot-" + id;

	public function speak() return "beep " + id;
}

class Rock implements Named {
	public function new() {}

	public function getName() return "rock";
}

class Main {
	static function introduce(s:Speaker):String return s.getName() + " says " + s.speak();

	static function main() {
		var d = new Dog();
		var speakers:Array<Speaker> = [d, new Robot(7), d];
		for (s in speakers) Sys.println(introduce(s));
		var c:Counted = d;
		Sys.println(c.count);
		var things:Array<Named> = [new Rock(), d, new Robot(1)];
		Sys.println(things.map(t -> t.getName()).join(","));
		for (t in things) {
			Sys.println(t.getName() + ": speaker " + Std.isOfType(t, Speaker) + ", counted " + Std.isOfType(t, Counted));
			var s = Std.downcast(t, Robot);
			if (s != null) Sys.println("  robot speaks: " + s.speak());
		}
	}
}
