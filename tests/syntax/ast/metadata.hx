@:keep @author("me", 2) @:native("NativeMain")
class Main {
	@:isVar @range(1, 10) static var x(get, set):Int;
	@:meta.dotted @custom.dotted.name static var y:Int;
	@:keep
	@:overload(function(a:String):Void {})
	static function f(@:noCompletion a:Int, @opt ?b:String):Void {}

	@:final @:public @:default static var w:Int;

	static function main() {
		var a = @:privateAccess Main.x;
		var b = @inline @:pure f(1);
		var c = @m 1 + 2;
		var d = @m a = 3;
		var e = @m a ? 1 : 2;
		@:nullSafety(Off) var g = null;
		var h = @:cond(a > 1) [1, 2];
		var i = @m -1;
		var l = @m (1);
		var m = @m(1) (2);
		@:mergeBlock {
			a = 1;
		}
		var j = @m a += 1;
		var k = @m @n a * b + c;
	}
}

@:enum abstract A(Int) {
	@:op(A + B) static function add(a:A, b:A):A;
	@:op(-A) static function neg(a:A):A;
	@:op(A++) function inc():A;
	@:op([]) function get(i:Int):Int;
	@:op(a.b) function resolve(name:String):Int;
}
