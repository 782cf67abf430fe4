interface Named {
	var name(get, never):String;
}
interface Greeter extends Named {
	function greet():String;
}
class Person implements Greeter {
	public var name(get, never):String;
	public function new() {}
	function get_name() return "p";
	public function greet() return "hi " + name;
}
class Main {
	static function main() {
		var g:Greeter = new Person();
		var n = g.name;
		var s = g.greet();
	}
}
