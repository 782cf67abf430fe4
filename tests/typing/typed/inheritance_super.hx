class Animal {
	public var name:String;
	public function new(n:String) name = n;
	public function speak():String return name;
}
class Dog extends Animal {
	public function new() super("dog");
	override public function speak():String return super.speak() + " barks";
}
class Main {
	static function main() {
		var a:Animal = new Dog();
		var s = a.speak();
		var isDog = Std.isOfType(a, Dog);
		var d = Std.downcast(a, Dog);
	}
}
