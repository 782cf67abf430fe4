class Main {
	static function main() {
		final a = 1;
		final b:Int = 2;
		final c:String = "s", d = 3;
		final e;
		var f = 1, g:Int, h:Array<Int> = [];
		var i;
		var @:meta j = 1;
		var $k = 2;
		final fn = function() {};
		var l = 1, m = l + 1;
		var n:{x:Int} = {x: 1};
		var o:Int->Void = null;
		var p = var q = 1;
		f(var r = 1, s);
		var t = [var u = 1, v];
		var w = macro var x = 1, y = 2;
	}
}
