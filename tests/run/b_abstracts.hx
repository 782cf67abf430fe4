abstract Vec2(Array<Float>) {
	public var x(get, set):Float;
	public var y(get, set):Float;

	public inline function new(x:Float, y:Float) {
		this = [x, y];
	}

	inline function get_x():Float return this[0];
	inline function set_x(v:Float):Float return this[0] = v;
	inline function get_y():Float return this[1];
	inline function set_y(v:Float):Float return this[1] = v;

	@:op(A + B) public static function add(a:Vec2, b:Vec2):Vec2 return new Vec2(a.x + b.x, a.y + b.y);
	@:op(A - B) public static function sub(a:Vec2, b:Vec2):Vec2 return new Vec2(a.x - b.x, a.y - b.y);
	@:op(A * B) public static function scale(a:Vec2, s:Float):Vec2 return new Vec2(a.x * s, a.y * s);
	@:op(-A) public static function neg(a:Vec2):Vec2 return new Vec2(-a.x, -a.y);
	@:op(A == B) public static function eq(a:Vec2, b:Vec2):Bool return a.x == b.x && a.y == b.y;

	public function length():Float return Math.sqrt(this[0] * this[0] + this[1] * this[1]);

	public function toString():String return '(${this[0]}, ${this[1]})';
}

abstract Meters(Float) from Float to Float {
	@:to public function toKm():Kilometers return new Kilometers(this / 1000);
	@:op(A + B) static function plus(a:Meters, b:Meters):Meters;
	@:op(A > B) static function gt(a:Meters, b:Meters):Bool;
}

abstract Kilometers(Float) {
	public inline function new(v:Float) this = v;
	@:from static function fromMeters(m:Meters):Kilometers return new Kilometers((m : Float) / 1000);
	public function value():Float return this;
}

enum abstract Color(Int) to Int {
	var Red = 0xFF0000;
	var Green = 0x00FF00;
	var Blue = 0x0000FF;

	public function name():String {
		return switch (cast this : Color) {
			case Red: "red";
			case Green: "green";
			case Blue: "blue";
		}
	}
}

enum abstract Level(String) from String to String {
	var Low = "low";
	var High = "high";
}

@:forward(length, push, pop)
abstract Stack<T>(Array<T>) {
	public function new() this = [];
	public function peek():T return this[this.length - 1];
}

abstract Grid(Array<Int>) {

	public function new(w:Int, h:Int) {
		this = [for (i in 0...w * h) 0];
	}
	@:arrayAccess public function get(i:Int):Int return this[i];
	@:arrayAccess public function set(i:Int, v:Int):Int {
		this[i] = v;
		return v;
	}
}

abstract Flags(Int) from Int {
	public inline function has(f:Int):Bool return (this & f) != 0;
	@:op(A | B) static function or(a:Flags, b:Flags):Flags;
	public function toInt():Int return this;
}

class Main {
	static function main() {
		var a = new Vec2(1, 2);
		var b = new Vec2(3.5, -1);
		trace((a + b).toString());
		trace((a - b).toString());
		trace((a * 2).toString());
		trace((-a).toString());
		trace(a == new Vec2(1, 2));
		trace(new Vec2(3, 4).length());
		a.x = 10;
		trace(a.x + " " + a.y);

		var m:Meters = 1500.0;
		var m2:Meters = m + (250.5 : Meters);
		trace((m2 : Float));
		trace(m2 > m);
		var k:Kilometers = m2;
		trace(k.value());

		var c = Color.Green;
		var ci:Int = c;
		trace(ci);
		trace(c.name());
		trace(StringTools.hex(Color.Blue, 6));
		for (col in [Red, Green, Blue]) Sys.println(col.name() + "=" + (col : Int));

		var l:Level = "high";
		trace(l == High);
		var s:String = Low;
		trace(s);

		var st = new Stack<String>();
		st.push("a");
		st.push("b");
		st.push("c");
		trace(st.length + " " + st.peek());
		trace(st.pop());
		trace(st.length);

		var g = new Grid(3, 3);
		g[4] = 7;
		g[0] = g[4] * 2;
		trace(g[0] + g[4]);

		var f:Flags = 1;
		f = f | 4;
		trace(f.has(4) + " " + f.has(2) + " " + f.toInt());
	}
}
