abstract Vec2({x:Float, y:Float}) {
	public inline function new(x:Float, y:Float) this = {x: x, y: y};
	public var x(get, never):Float;
	inline function get_x() return this.x;
	@:op(A + B) static function add(a:Vec2, b:Vec2):Vec2 return new Vec2(a.x + b.x, 0);
	@:op(A * B) static function scale(a:Vec2, k:Float):Vec2 return new Vec2(a.x * k, 0);
}
class Main {
	static function main() {
		var v = new Vec2(1, 2);
		var w = v + v;
		var u = v * 3;
		var x = u.x;
	}
}
