// haxe.CallStack: call stacks as lists of StackItem, and their printing.
// Real Haxe: StackItem, the CallStack abstract and all its functions; the stacks themselves come
// from haxe.NativeStackTrace, which the runtime provides.

package haxe;

/** One frame of a call stack. */
enum StackItem {
	CFunction;
	Module(m:String);
	FilePos(s:Null<StackItem>, file:String, line:Int, ?column:Int);
	Method(classname:Null<String>, method:String);
	LocalFunction(?v:Int);
}

/** A call stack, innermost frame first. */
@:allow(haxe.Exception)
@:using(haxe.CallStack)
abstract CallStack(Array<StackItem>) from Array<StackItem> {
	/** Number of frames. */
	public var length(get, never):Int;

	inline function get_length():Int {
		return this.length;
	}

	/** The stack of the current call. */
	public static function callStack():Array<StackItem> {
		return NativeStackTrace.toHaxe(NativeStackTrace.callStack());
	}

	/** The stack of the exception being handled; only the frames below the catch unless `fullStack`. */
	public static function exceptionStack(fullStack:Bool = false):Array<StackItem> {
		var thrown:CallStack = NativeStackTrace.toHaxe(NativeStackTrace.exceptionStack());
		return fullStack ? thrown.asArray() : thrown.subtract(callStack()).asArray();
	}

	/** One line `\nCalled from ...` per frame. */
	public static function toString(stack:CallStack):String {
		var out = new StringBuf();
		for (item in stack.asArray()) {
			out.add("\nCalled from ");
			itemToString(out, item);
		}
		return out.toString();
	}

	/** This stack cut before the first place where `stack` appears in it as a run of frames. */
	public function subtract(stack:CallStack):CallStack {
		var own = asArray();
		var other = stack.asArray();
		if (other.length == 0)
			return own;
		for (start in 0...own.length) {
			var n = 0;
			while (start + n < own.length && n < other.length && equalItems(own[start + n], other[n]))
				n++;
			if (n > 0 && (n == other.length || start + n == own.length))
				return own.slice(0, start);
		}
		return own;
	}

	/** A copy of the frame list. */
	public inline function copy():CallStack {
		return this.copy();
	}

	/** The frame at `index` (0 is innermost). */
	@:arrayAccess public inline function get(index:Int):StackItem {
		return this[index];
	}

	inline function asArray():Array<StackItem> {
		return this;
	}

	static function equalItems(a:Null<StackItem>, b:Null<StackItem>):Bool {
		if (a == null || b == null)
			return a == null && b == null;
		return switch (a) {
			case CFunction:
				b.match(CFunction);
			case Module(m1):
				switch (b) {
					case Module(m2): m1 == m2;
					case _: false;
				}
			case FilePos(s1, file1, line1, col1):
				switch (b) {
					case FilePos(s2, file2, line2, col2): file1 == file2 && line1 == line2 && col1 == col2 && equalItems(s1, s2);
					case _: false;
				}
			case Method(class1, method1):
				switch (b) {
					case Method(class2, method2): class1 == class2 && method1 == method2;
					case _: false;
				}
			case LocalFunction(v1):
				switch (b) {
					case LocalFunction(v2): v1 == v2;
					case _: false;
				}
		}
	}

	// `Exception: message` and the stack, for `e` and then each previous exception ("Next ...")
	static function exceptionToString(e:Exception):String {
		if (e.previous == null)
			return "Exception: " + e.toString() + toString(e.stack);
		var text = "";
		var current:Null<Exception> = e;
		var inner:Null<Exception> = null;
		while (current != null) {
			if (inner == null)
				text = "Exception: " + current.message + toString(current.stack) + text;
			else
				text = "Exception: " + current.message + toString(current.stack.subtract(inner.stack)) + "\n\nNext " + text;
			inner = current;
			current = current.previous;
		}
		return text;
	}

	static function itemToString(out:StringBuf, item:StackItem):Void {
		switch (item) {
			case CFunction:
				out.add("a C function");
			case Module(m):
				out.add("module ");
				out.add(m);
			case FilePos(s, file, line, column):
				if (s != null) {
					itemToString(out, s);
					out.add(" (");
				}
				out.add(file);
				out.add(" line ");
				out.add(line);
				if (column != null) {
					out.add(" column ");
					out.add(column);
				}
				if (s != null)
					out.add(")");
			case Method(cname, meth):
				out.add(cname == null ? "<unknown>" : cname);
				out.add(".");
				out.add(meth);
			case LocalFunction(n):
				out.add("local function #");
				out.add(n);
		}
	}
}
