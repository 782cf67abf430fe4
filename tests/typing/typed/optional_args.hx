class Main {
	static function greet(name:String, ?greeting:String, times = 1):String {
		if (greeting == null) greeting = "Hello";
		return greeting + " " + name + times;
	}
	static function main() {
		var a = greet("x");
		var b = greet("x", "Hi");
		var c = greet("x", 3);
		var d = greet("x", null, 2);
	}
}
