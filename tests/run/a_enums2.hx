enum Expr {
	Lit(v:Int);
	Var(name:String);
	Add(a:Expr, b:Expr);
	Mul(a:Expr, b:Expr);
	Neg(e:Expr);
	Let(name:String, value:Expr, body:Expr);
}

enum Tree<T> {
	Leaf;
	Node(left:Tree<T>, value:T, right:Tree<T>);
}

enum Status {
	Active;
	Suspended(reason:String, days:Int);
	Closed;
}

enum Opt<T> { Some(v:T); None; }

class Main {
	static function eval(e:Expr, env:Map<String, Int>):Int {
		return switch e {
			case Lit(v): v;
			case Var(n): env.exists(n) ? env[n] : throw "unbound " + n;
			case Add(a, b): eval(a, env) + eval(b, env);
			case Mul(a, b): eval(a, env) * eval(b, env);
			case Neg(x): -eval(x, env);
			case Let(n, v, body):
				var env2 = env.copy();
				env2[n] = eval(v, env);
				eval(body, env2);
		}
	}

	static function show(e:Expr):String {
		return switch e {
			case Lit(v) if (v < 0): '($v)';
			case Lit(v): '$v';
			case Var(n): n;
			case Add(a, b): '(${show(a)} + ${show(b)})';
			case Mul(a, b): '${show(a)} * ${show(b)}';
			case Neg(x): '-${show(x)}';
			case Let(n, v, b): 'let $n = ${show(v)} in ${show(b)}';
		}
	}

	static function simplify(e:Expr):Expr {
		return switch e {
			case Add(Lit(0), x) | Add(x, Lit(0)): simplify(x);
			case Mul(Lit(1), x) | Mul(x, Lit(1)): simplify(x);
			case Mul(Lit(0), _) | Mul(_, Lit(0)): Lit(0);
			case Add(a, b): Add(simplify(a), simplify(b));
			case Mul(a, b): Mul(simplify(a), simplify(b));
			case Neg(Neg(x)): simplify(x);
			case other: other;
		}
	}

	static function insert<T>(t:Tree<T>, v:T, cmp:(T, T) -> Int):Tree<T> {
		return switch t {
			case Leaf: Node(Leaf, v, Leaf);
			case Node(l, x, r):
				if (cmp(v, x) < 0) Node(insert(l, v, cmp), x, r) else Node(l, x, insert(r, v, cmp));
		}
	}

	static function inorder<T>(t:Tree<T>, out:Array<T>):Array<T> {
		switch t {
			case Leaf:
			case Node(l, v, r):
				inorder(l, out);
				out.push(v);
				inorder(r, out);
		}
		return out;
	}

	static function depth<T>(t:Tree<T>):Int return switch t {
		case Leaf: 0;
		case Node(l, _, r): 1 + Std.int(Math.max(depth(l), depth(r)));
	}

	static function main() {
		var e = Let("x", Add(Lit(3), Lit(4)), Mul(Var("x"), Add(Var("x"), Lit(-1))));
		trace(show(e));
		trace(eval(e, new Map()));
		trace(e);
		var s = simplify(Add(Lit(0), Mul(Lit(1), Neg(Neg(Var("y"))))));
		trace(s);
		trace(simplify(Mul(Var("z"), Lit(0))));
		try eval(Var("q"), new Map()) catch (err:String) trace("error: " + err);
		var t:Tree<Int> = Leaf;
		for (v in [5, 2, 8, 1, 9, 3]) t = insert(t, v, (a, b) -> a - b);
		trace(inorder(t, []));
		trace(depth(t));
		var st:Tree<String> = Leaf;
		for (w in "the quick brown fox".split(" ")) st = insert(st, w, Reflect.compare);
		trace(inorder(st, []));
		// EnumValue API
		var statuses = [Active, Suspended("spam", 3), Closed, Suspended("late", 1)];
		for (x in statuses) {
			Sys.println(Type.enumConstructor(x) + " idx=" + Type.enumIndex(x) + " params=" + Type.enumParameters(x) + " " + x.getIndex() + " " + x.getName());
		}
		trace(Type.getEnumConstructs(Status));
		trace(Type.allEnums(Status));
		trace(Type.createEnum(Status, "Suspended", ["x", 2]));
		trace(Type.createEnumIndex(Status, 2));
		trace(Type.enumEq(Suspended("a", 1), Suspended("a", 1)) + " " + Type.enumEq(Active, Closed));
		trace(Active == Active);
		var st2 = Suspended("abc", 5);
		trace(st2.match(Suspended(_, 5)) + " " + st2.match(Active));
		switch st2 {
			case Suspended(r, d) if (d > 10): trace("long " + r);
			case Suspended(r, d): trace("short " + r + " " + d);
			default: trace("other");
		}
		var o:Opt<Array<Int>> = Some([1, 2]);
		switch o {
			case Some([a, b]): trace("two: " + (a + b));
			case Some(arr): trace("arr " + arr);
			case None: trace("none");
		}
		var opts = [Some(1), None, Some(3)];
		var sum = 0;
		for (x in opts) switch x { case Some(v): sum += v; case None: }
		trace(sum);
		trace(opts);
		trace(Type.getEnumName(Type.getEnum(Active)));
	}
}
