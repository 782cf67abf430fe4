class Base {
	public var value(get, set):Int;
	var _v = 0;
	public var readOnly(default, null):String = "ro";
	public var computed(get, never):String;
	public function new() {}
	function get_value() return _v;
	function set_value(x:Int) { _v = x; return _v; }
	function get_computed() return "base:" + value;
}
class Clamped extends Base {
	public var max:Int;
	public function new(max) { super(); this.max = max; }
	override function set_value(x:Int) return super.set_value(x > max ? max : x);
	override function get_computed() return "clamped:" + super.get_computed();
}
class Lazy {
	@:isVar public var data(get, null):Array<Int>;
	public var loads = 0;
	public function new() {}
	function get_data() {
		if (data == null) { loads++; data = [1, 2, 3]; }
		return data;
	}
}
class Stats {
	public static var count(default, null):Int = 0;
	public static var avg(get, never):Float;
	static var sum = 0.0;
	public static function add(x:Float) { count++; sum += x; }
	static function get_avg() return count == 0 ? 0 : sum / count;
}
class Main {
	static function main() {
		var b = new Base();
		b.value = 5;
		b.value += 3;
		b.value++;
		trace(b.value + " " + b.computed + " " + b.readOnly);
		var c = new Clamped(10);
		c.value = 50;
		trace(c.value + " " + c.computed);
		c.value -= 4;
		trace(c.value);
		var asBase:Base = c;
		asBase.value = 100;
		trace(asBase.value + " " + asBase.computed);
		var l = new Lazy();
		trace(l.data + " " + l.data.length + " " + l.loads);
		l.data.push(4);
		trace(l.data + " " + l.loads);
		trace(Stats.avg);
		for (x in [1.0, 2.0, 6.0]) Stats.add(x);
		trace(Stats.count + " " + Stats.avg);
		var r = Reflect.getProperty(b, "value");
		trace(r);
		Reflect.setProperty(b, "value", 42);
		trace(b.value);
		var o = {get: () -> 1};
		trace(o.get());
	}
}
