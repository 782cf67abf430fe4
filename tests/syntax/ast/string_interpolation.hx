class Main {
	static function main() {
		var name = "x", n = 1, o = {a: 1};
		var a = 'hello $name!';
		var b = '${n + 1} and ${o.a}';
		var c = 'cost: $$5 and $$name';
		var d = 'nested ${ {var t = {b: 2}; t.b;} } braces';
		var e = 'strings ${"in" + '${n}'} code';
		var f = '$name$n${n}';
		var g = 'a $ alone and $1 digit';
		var h = 'escaped \n and \t';
		var i = '${[for (k in 0...2) '<$k>'].join(",")}';
		var j = "double $name is plain";
	}
}
