class Temperature {
	public var celsius(get, set):Float;
	var _c:Float = 0;
	public var fahrenheit(get, never):Float;
	public var readOnly(default, null):Int = 1;
	public function new() {}
	function get_celsius() return _c;
	function set_celsius(v:Float) return _c = v;
	function get_fahrenheit() return _c * 9 / 5 + 32;
}
class Main {
	static function main() {
		var t = new Temperature();
		t.celsius = 100;
		var f = t.fahrenheit;
		t.celsius += 1;
		var r = t.readOnly;
	}
}
