class Main<T> {
	static function a<T>(t:T):T return t;
	static function b<T:Iterable<Int>>(t:T) {}
	static function c<T:Iterable<Int> & Countable>(t:T) {}
	static function d<K, V:K>() {}
	static function e<T:{x:Int}>() {}
	static function f<T:Int->Void>() {}
	static function g<T:(Int->Void)>() {}
	static function h<@:const N, T:A & B>() {}
	static function i<T:(A & B)>() {}
}
class Multi<A, B:A, C:Array<A> & Iterable<B> & Countable> {}
interface Countable {}
typedef Pair<A, B> = {a:A, b:B};
enum E<T:String> {
	X(t:T);
}
abstract Ab<T:Int>(Array<T>) {}
class ConstParams {
	var a:Foo<3>;
	var b:Foo<"s">;
	var c:Foo<[1, 2]>;
	var d:Foo<-1>;
	var e:Foo<1.5, Int>;
	var f:Foo<~1, true, false, "a", -1.5>;
}
