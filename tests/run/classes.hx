// Classes: constructors, inheritance, overriding with virtual dispatch, super calls (constructor and
// method), toString, static members, property accessors.
class Shape {
	public var name:String;
	static var created = 0;

	public function new(name:String) {
		this.name = name;
		created++;
	}

	public function area():Float return 0;

	public function describe():String return name + " with area " + area();

	public static function count():Int return created;

	public function toString():String return "Shape(" + name + ")";
}

class Rect extends Shape {
	var w:Float;
	var h:Float;

	public function new(w:Float, h:Float) {
		super("rect");
		this.w = w;
		this.h = h;
	}

	override public function area():Float return w * h;
}

class Square extends Rect {
	public function new(s:Float) {
		super(s, s);
		name = "square";
	}

	override public function describe():String return "[" + super.describe() + "]";
}

class Circle extends Shape {
	public var r(default, set):Float;

	public function new(r:Float) {
		super("circle");
		this.r = r;
	}

	function set_r(v:Float):Float {
		if (v < 0) v = 0;
		return r = v;
	}

	override public function area():Float return 3 * r * r;

	override public function toString():String return "Circle r=" + r;
}

class Main {
	static function main() {
		var shapes:Array<Shape> = [new Rect(2, 3), new Square(4), new Circle(1.5), new Shape("blob")];
		for (s in shapes) Sys.println(s.describe());
		Sys.println(Shape.count());
		var c = new Circle(2);
		c.r = -5;
		Sys.println(c.r);
		Sys.println(Std.string(c) + " / " + c);
		Sys.println("" + shapes[0]);
		var total = 0.0;
		for (s in shapes) total += s.area();
		Sys.println(total);
		Sys.println(Std.isOfType(shapes[1], Rect) + " " + Std.isOfType(shapes[1], Circle) + " " + Std.isOfType(shapes[2], Shape));
	}
}
