class Main {
	public var a(default, default):Int;
	public var b(get, set):Int;
	public var c(get, null):Int;
	public var d(null, set):Int;
	public var e(default, never):Int = 1;
	public var f(never, never):Int;
	public var g(dynamic, dynamic):Int;
	@:isVar public var h(get, set):Int;
	static var i(default, null):Array<Int> = [];
	var j(get, default):String;
	var k(get, null) = 3;

	function get_b() return 1;
	function set_b(v) return v;
}
