// defines: outer
class Main {
	#if outer
	static var a:Int = 1;
	#if inner
	static var b:Int = 2;
	#else
	static var c:Int = 3;
	#end
	#else
	static var d:Int = 4;
	#end

	static function main() {
		var x = 1 #if outer + 2 #else - 2 #end;
		var y = f(#if inner 1 #else 2, 3 #end);
		#if outer if (x > 0) #end {
			trace(x);
		}
		var z = [
			#if outer 1, #end
			#if !outer 2, #end
			3
		];
		#if outer
		#if inner
		var w = 1;
		#elseif outer
		var w = 2;
		#end
		#end
	}

	#if outer public #else private #end static function f(a:Int, ?b:Int) {
		return a;
	}
}
#if !outer
class Hidden {}
#end
