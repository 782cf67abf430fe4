import haxe.macro.Expr;

class Main {
	static macro function build(e:Expr, args:Array<Expr>) {
		var x = 1, name = "foo", path = ["haxe", "ds", "StringMap"], body = [macro trace(1)];
		var a = macro $v{x} + 1;
		var b = macro $i{name}(1);
		var c = macro $e{e} * 2;
		var d = macro f($a{args});
		var f = macro $p{path}.create();
		var g = macro $b{body};
		var h = macro ${e} + $e;
		var i = macro var $name = 1;
		var j = macro : Array<Int>;
		var k = macro class Gen {
			var v:Int;
		};
		var l = macro function $name() return $v{x};
		var m = macro {
			$e;
			$i{name}.$name = 2;
		};
		var n = macro $v{x} * $v{x} + $e;
		var t = macro : Int;
		var o = macro : { a:$t };
		var q = macro(1 + 2);
		var r = macro @:pos(e.pos) $e;
		var s = macro $v {x} + $i {name};
		return macro null;
	}
}
