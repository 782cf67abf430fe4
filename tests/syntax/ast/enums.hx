enum Color {
	Red;
	Green;
	Blue;
	Rgb(r:Int, g:Int, b:Int);
}

enum Option<T> {
	Some(v:T);
	None;
}

enum Tree<K, V> {
	Leaf;
	Node(left:Tree<K, V>, key:K, value:V, right:Tree<K, V>);
}

enum WithOptional {
	A(?x:Int);
	B(a:String, ?b:Array<Int>);
	@:keep C;
	/** doc */ D(f:Int->Void);
	E();
	F<T>(t:T);
}

private enum Priv {}
extern enum Ext {
	X;
}
