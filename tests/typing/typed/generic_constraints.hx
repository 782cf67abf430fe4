interface Shape {
	function area():Float;
}
class Square implements Shape {
	var side:Float;
	public function new(s:Float) side = s;
	public function area():Float return side * side;
}
class Main {
	static function total<T:Shape>(xs:Array<T>):Float {
		var t = 0.0;
		for (x in xs) t += x.area();
		return t;
	}
	static function main() {
		var t = total([new Square(2), new Square(3)]);
	}
}
