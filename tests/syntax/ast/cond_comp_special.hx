// defines: myjs my.target=js mode=full
class Main {
	static function main() {
		#if myjs
		var a = 1;
		#elseif mycpp
		#error "not reached"
		#end
		#if (my.target == "js")
		var b = 2;
		#end
		#if (mode == "full" && !mydebug)
		var c = 3;
		#end
		#if false
		var d = 4;
		#elseif true
		var e = 5;
		#end
		#if 0
		var f = 6;
		#end
		#if (myjs == 1)
		var g = 7;
		#end
		#if ("a" < "b")
		var h = 8;
		#end
	}
}
