class Main {
	static function main() {
		var a = c ? 1 : 2;
		var b = c ? d ? 1 : 2 : 3;
		var c = c ? 1 : d ? 2 : 3;
		var d = x + y ? 1 : 2;
		var e = x => y ? 1 : 2;
		var f = [x => y ? 1 : 2];
		var g = x = y ? 1 : 2;
		var h = x += y ? 1 : 2;
		var i = x || y => z ? 1 : 2;
		var j = x ? y : z + 1;
		var k = x ? y = 1 : z = 2;
		var l = -x ? 1 : 2;
		var m = x in y ? 1 : 2;
		var n = (x ? 1 : 2) + 3;
		var o = x ? (1) : (2);
		var p = x ? y : z ? w : v;
		var q = a && b ? c || d : e | f;
		var r = x...y ? 1 : 2;
	}
}
