// defines: level=3 name=beta flag haxe_ver=4.205
class Main {
	static function main() {
		#if (level > 2)
		var a = 1;
		#end
		#if (level >= 4)
		var b = 2;
		#end
		#if (level == 3 && name == "beta")
		var c = 3;
		#end
		#if (name != "alpha")
		var d = 4;
		#end
		#if (haxe_ver >= 4.2)
		var e = 5;
		#end
		#if (haxe_ver < 4)
		var f = 6;
		#end
		#if (level < 10)
		var g = 7;
		#end
		#if (flag == 1)
		var h = 8;
		#end
		#if (missing == 1)
		var i = 9;
		#end
	}
}
