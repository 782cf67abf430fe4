class Main {
	static function plain(a:Int, b:String):Void {}
	static function untypedArgs(a, b) {}
	static function optional(?a:Int, ?b) {}
	static function defaults(a:Int = 1, b = "s", ?c:Float = 1.5, d = -1) {}
	static function rest(first:Int, ...rest:Int) {}
	static function restUntyped(...args) {}
	static function metaArgs(@:noCompletion a:Int, @m(1) ?b:Int) {}
	static function generic<T, U:T>(t:T, u:U):Array<T> return [t];
	static function noBody():Void;
	static function exprBody(x:Int) return x + 1;
	static function blockBody() {
		return;
	}
	static function complexDefault(a = [1, 2], b = {x: 1}, c = null, d = Math.PI * 2) {}
	static function dollarArg($a:Int) {}
}
