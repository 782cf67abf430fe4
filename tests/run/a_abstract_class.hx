abstract class Animal {
	public var name:String;
	public function new(n:String) name = n;
	public abstract function sound():String;
	public function speak() return name + ": " + sound();
}
class Cat extends Animal {
	public function new() super("cat");
	public function sound() return "meow";
}
interface Stack<T> {
	var size(get, never):Int;
	function push(x:T):Void;
	function pop():T;
}
class ArrayStack<T> implements Stack<T> {
	var a:Array<T> = [];
	public var size(get, never):Int;
	public function new() {}
	function get_size() return a.length;
	public function push(x:T) a.push(x);
	public function pop():T return a.pop();
}
interface Visitor<R> {
	function visitNum(n:Int):R;
	function visitAdd(a:Expr, b:Expr):R;
}
enum Expr { Num(n:Int); Add(a:Expr, b:Expr); }
class Evaluator implements Visitor<Int> {
	public function new() {}
	public function visitNum(n:Int) return n;
	public function visitAdd(a:Expr, b:Expr) return accept(a, this) + accept(b, this);
	public static function accept<R>(e:Expr, v:Visitor<R>):R return switch e { case Num(n): v.visitNum(n); case Add(a, b): v.visitAdd(a, b); };
}
class Printer implements Visitor<String> {
	public function new() {}
	public function visitNum(n:Int) return Std.string(n);
	public function visitAdd(a:Expr, b:Expr) return "(" + Evaluator.accept(a, this) + "+" + Evaluator.accept(b, this) + ")";
}
class Main {
	static function main() {
		var c:Animal = new Cat();
		trace(c.speak());
		var s:Stack<String> = new ArrayStack();
		s.push("a"); s.push("b");
		trace(s.size + " " + s.pop() + " " + s.size);
		var e = Add(Num(1), Add(Num(2), Num(3)));
		trace(Evaluator.accept(e, new Evaluator()));
		trace(Evaluator.accept(e, new Printer()));
		var ps:Array<Visitor<String>> = [new Printer()];
		trace(ps[0].visitNum(5).length);
		trace(e.getParameters().length + " " + e.getName() + " " + e.getIndex());
		trace(Std.isOfType(e, Expr));
		trace(haxe.EnumTools.EnumValueTools.getName(Num(1)));
		trace(Expr.createByName("Num", [9]));
		trace(Expr.getConstructors());
	}
}
