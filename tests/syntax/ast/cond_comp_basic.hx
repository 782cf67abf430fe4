// defines: foo bar
class Main {
	static function main() {
		#if foo
		var a = 1;
		#end
		#if !foo
		var b = 2;
		#end
		#if (foo && bar)
		var c = 3;
		#end
		#if (foo && !bar)
		var d = 4;
		#elseif (baz || bar)
		var e = 5;
		#else
		var f = 6;
		#end
		#if ((foo || baz) && !(qux))
		var g = 7;
		#end
		#if undefined_name
		var h = 8;
		#else
		var i = 9;
		#end
		#if !(foo)
		var j = 10;
		#elseif undefined_name
		var k = 11;
		#elseif (!undefined_name)
		var l = 12;
		#end
	}
}
