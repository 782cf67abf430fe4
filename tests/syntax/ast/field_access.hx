class Main {
	static function main() {
		var a = x.y.z;
		var b = x.new;
		var c = x.macro;
		var d = x.extern;
		var e = x.function;
		var f = x.$name;
		var g = this.field;
		var h = super.method();
		var i = $dollar;
		var j = $dollar.field;
		var k = a.b(c).d[e].f();
		var l = "str".length;
		var m = [1].length;
		var n = {x: 1}.x;
		var o = (a).b;
		var p = a.b.c.D.E;
		var q = x
			.chained()
			.calls();
		var r = 1.;
		var s = null;
		var t = true || false;
		var u = this;
		var v = macro.field + 1;
	}
}
