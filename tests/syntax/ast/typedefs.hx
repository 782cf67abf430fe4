typedef Point = {x:Int, y:Int};
typedef Opt = {x:Int, ?y:Int, ?z:Null<Int>};
typedef OptClass = {var x:Int; @:optional var z:Int;};
typedef Trailing = {
	a:Int,
	b:String,
};
typedef ClassNotation = {
	var x:Int;
	var ?y:String;
	@:optional var z:Float;
	final w:Bool;
	function f(a:Int):Void;
	var p(default, null):Int;
};
typedef Empty = {};
typedef Ext = {> Point, z:Int};
typedef Ext2 = {> Point, > Opt, var w:Int;};
typedef ExtOnly = {> Point,};
typedef Inter = Point & Opt;
typedef Inter3 = Point & {z:Int} & Opt;
typedef Alias = Array<Int>;
typedef Gen<T> = {value:T, next:Null<Gen<T>>};
typedef Nested = {inner:{a:Int, ?b:{c:String}}};
private typedef Priv = Int;
typedef NoSemi = Int
typedef AfterNoSemi = String;
