// rayzor.rt.Dyn: Dynamic values at run time: boxes, Std.string, equality, type tests, field access
// and calls by name, uncaught exceptions. The lowering calls these by name (src/lower/*).
// Takes: pointers to heap objects (runtime/README.md layouts) and the RTTI records the lowering puts
// in static data (format in src/lower/program.ts, `record`). Gives: Haxe semantics for Dynamic.
// Invariant: every non-null Dynamic points at an object whose header holds its type id; the type
// table (static data +8) maps a type id to its record. Type ids 1..7 are the built-in kinds.

package rayzor.rt;

import rayzor.Ptr;
import rayzor.Host;

class Dyn {
	static inline var TID_STRING = 1;
	static inline var TID_INT = 2;
	static inline var TID_FLOAT = 3;
	static inline var TID_BOOL = 4;
	static inline var TID_I64 = 5;
	static inline var TID_CLOSURE = 6;
	static inline var TID_CLASSOBJ = 8;

	static inline var KIND_CLASS = 1;
	static inline var KIND_ENUM = 2;
	static inline var KIND_ANON = 3;

	static inline var K_INT = 1;
	static inline var K_FLOAT = 2;
	static inline var K_BOOL = 3;
	static inline var K_PTR = 4;
	static inline var K_I64 = 5;

	static var smallInts:Ptr;
	static var trueBox:Ptr;
	static var falseBox:Ptr;

	// ---- boxes -------------------------------------------------------------------------------------

	static function newBox(tid:Int, size:Int):Ptr {
		var p = Ptr.alloc(size);
		p.setI32(0, tid);
		p.setI32(4, 0);
		return p;
	}

	public static function boxInt(i:Int):Dynamic {
		// Boxes of -128..1023 are shared: charCodeAt and Null<Int> arithmetic box often.
		if (i >= -128 && i < 1024) {
			if (smallInts.isNull()) {
				smallInts = Ptr.alloc(1152 * Ptr.size());
			}
			var slot = (i + 128) * Ptr.size();
			var b = smallInts.getPtr(slot);
			if (b.isNull()) {
				b = newBox(TID_INT, 16);
				b.setI32(8, i);
				smallInts.setPtr(slot, b);
			}
			return b.toObject();
		}
		var p = newBox(TID_INT, 16);
		p.setI32(8, i);
		return p.toObject();
	}

	public static function boxFloat(f:Float):Dynamic {
		var p = newBox(TID_FLOAT, 16);
		p.setF64(8, f);
		return p.toObject();
	}

	public static function boxBool(b:Bool):Dynamic {
		if (trueBox.isNull()) {
			trueBox = newBox(TID_BOOL, 16);
			trueBox.setI32(8, 1);
			falseBox = newBox(TID_BOOL, 16);
			falseBox.setI32(8, 0);
		}
		return (b ? trueBox : falseBox).toObject();
	}

	public static function boxI64(v:haxe.Int64):Dynamic {
		var p = newBox(TID_I64, 16);
		p.setI64(8, v);
		return p.toObject();
	}

	static inline function tidOf(p:Ptr):Int {
		return p.getI32(0);
	}

	public static function unboxInt(d:Dynamic):Int {
		var p = Ptr.ofObject(d);
		if (p.isNull()) return 0;
		var t = tidOf(p);
		if (t == TID_INT || t == TID_BOOL) return p.getI32(8);
		if (t == TID_FLOAT) return Std.int(p.getF64(8));
		if (t == TID_I64) return haxe.Int64.toInt(p.getI64(8));
		return 0;
	}

	public static function unboxFloat(d:Dynamic):Float {
		var p = Ptr.ofObject(d);
		if (p.isNull()) return 0.0;
		var t = tidOf(p);
		if (t == TID_FLOAT) return p.getF64(8);
		if (t == TID_INT || t == TID_BOOL) return p.getI32(8);
		return 0.0;
	}

	public static function unboxBool(d:Dynamic):Bool {
		var p = Ptr.ofObject(d);
		if (p.isNull()) return false;
		var t = tidOf(p);
		if (t == TID_BOOL || t == TID_INT) return p.getI32(8) != 0;
		return true;
	}

	public static function unboxI64(d:Dynamic):haxe.Int64 {
		var p = Ptr.ofObject(d);
		if (p.isNull()) return haxe.Int64.ofInt(0);
		var t = tidOf(p);
		if (t == TID_I64) return p.getI64(8);
		return haxe.Int64.ofInt(unboxInt(d));
	}

	public static function isInt64(d:Dynamic):Bool {
		var p = Ptr.ofObject(d);
		return !p.isNull() && tidOf(p) == TID_I64;
	}

	// ---- RTTI ----------------------------------------------------------------------------------------

	static function record(tid:Int):Ptr {
		var table = Ptr.staticData().getPtr(8);
		return table.getPtr(tid * Ptr.size());
	}

	static inline function fieldInfoSize():Int {
		return 16 + 2 * Ptr.size();
	}

	static function recKind(r:Ptr):Int {
		return r.getI32(8);
	}

	static function recName(r:Ptr):String {
		return r.getPtr(32).toObject();
	}

	static function recFields(r:Ptr):Ptr {
		return r.getPtr(32 + Ptr.size());
	}

	/** The FieldInfo of `nameId` in the object's record and its supers' (nil when absent). */
	static function findField(o:Ptr, nameId:Int):Ptr {
		var t = tidOf(o);
		if (t < 16 && t != TID_STRING) return Ptr.nil();
		while (t >= 0) {
			var r = record(t);
			if (r.isNull()) return Ptr.nil();
			var n = r.getI32(20);
			var fs = recFields(r);
			var i = 0;
			while (i < n) {
				var f = fs.add(i * fieldInfoSize());
				if (f.getI32(0) == nameId) return f;
				i++;
			}
			t = r.getI32(16);
		}
		return Ptr.nil();
	}

	// Names the program never mentions (Reflect.setField with a computed name) get ids after the
	// static name table's.
	static var runtimeNames:Array<String>;

	static function nameIdOf(name:String):Int {
		var roots = Ptr.staticData();
		var table = roots.getPtr(24);
		var n = roots.getI32(32);
		var i = 0;
		while (i < n) {
			var s:String = table.getPtr(i * Ptr.size()).toObject();
			if (s == name) return i;
			i++;
		}
		if (runtimeNames == null) runtimeNames = [];
		var j = runtimeNames.indexOf(name);
		if (j < 0) {
			j = runtimeNames.length;
			runtimeNames.push(name);
		}
		return n + j;
	}

	static var toStringId:Int = -2;

	static function nameOf(id:Int):String {
		var roots = Ptr.staticData();
		var n = roots.getI32(32);
		if (id >= n) return runtimeNames[id - n];
		return roots.getPtr(24).getPtr(id * Ptr.size()).toObject();
	}

	// ---- field access by name --------------------------------------------------------------------------

	/** The byte offset of data field `nameId` if it is stored with kind `kind`, else -1. */
	public static function fieldSlot(o:Dynamic, nameId:Int, kind:Int):Int {
		var p = Ptr.ofObject(o);
		if (p.isNull()) nullAccess();
		var f = findField(p, nameId);
		if (f.isNull() || f.getI32(4) != 0) return -1;
		if (f.getI32(8) != kind) return -1;
		return f.getI32(12);
	}

	static function loadKind(p:Ptr, off:Int, kind:Int):Dynamic {
		if (kind == K_INT) return boxInt(p.getI32(off));
		if (kind == K_FLOAT) return boxFloat(p.getF64(off));
		if (kind == K_BOOL) return boxBool(p.getI32(off) != 0);
		if (kind == K_I64) return boxI64(p.getI64(off));
		return p.getPtr(off).toObject();
	}

	static function storeKind(p:Ptr, off:Int, kind:Int, v:Dynamic):Void {
		if (kind == K_INT) p.setI32(off, unboxInt(v));
		else if (kind == K_FLOAT) p.setF64(off, unboxFloat(v));
		else if (kind == K_BOOL) p.setI32(off, unboxBool(v) ? 1 : 0);
		else if (kind == K_I64) p.setI64(off, unboxI64(v));
		else p.setPtr(off, Ptr.ofObject(v));
	}

	public static function getField(o:Dynamic, nameId:Int):Dynamic {
		var p = Ptr.ofObject(o);
		if (p.isNull()) nullAccess();
		var f = findField(p, nameId);
		if (f.isNull()) {
			if (tidOf(p) == TID_STRING && nameId == nameIdOf("length")) return boxInt(p.getI32(8));
			return getExtra(p, nameId, [false]);
		}
		if (f.getI32(4) != 0) {
			// A method: bind it to the object (a closure calling the dynamic adapter).
			return bindMethod(p, f);
		}
		if (extras != null && isDeleted(p, nameId)) return null;
		return loadKind(p, f.getI32(12), f.getI32(8));
	}

	/** Reflect.makeVarArgs: a closure only callable dynamically (no typed entry), which passes its
	 * arguments to `f` as a single Array<Dynamic> (see `call`). */
	public static function varArgs(f:Dynamic):Dynamic {
		if (Ptr.ofObject(f).isNull()) nullAccess();
		var c = newBox(TID_CLOSURE, 24);
		c.setI32(8, 0);
		c.setI32(12, 0);
		c.setPtr(16, Ptr.ofObject(f));
		c.setI32(4, 2);
		return c.toObject();
	}

	static function bindMethod(p:Ptr, f:Ptr):Dynamic {
		// A closure whose ctx is a small record {object, adapter}: called only dynamically.
		var ctx = Ptr.alloc(16);
		ctx.setI32(0, 7);
		ctx.setPtr(8, p);
		var c = newBox(TID_CLOSURE, 24);
		c.setI32(8, f.getI32(16 + Ptr.size()));
		c.setI32(12, f.getI32(12));
		c.setPtr(16, p);
		c.setI32(4, 1); // flags bit 0: the dynamic entry takes the receiver, not the closure
		return c.toObject();
	}

	public static function setField(o:Dynamic, nameId:Int, v:Dynamic):Void {
		var p = Ptr.ofObject(o);
		if (p.isNull()) nullAccess();
		var f = findField(p, nameId);
		if (f.isNull()) {
			setExtra(p, nameId, v);
			return;
		}
		if (f.getI32(4) != 0) return;
		storeKind(p, f.getI32(12), f.getI32(8), v);
	}

	// Fields added at run time (`d.newField = v` on a Dynamic object) live beside the object: objects
	// have a fixed layout, so a side table maps the object's address to [name id, value, ...].
	static var extras:haxe.ds.IntMap<Array<Dynamic>>;

	static function extraList(p:Ptr, create:Bool):Array<Dynamic> {
		if (extras == null) {
			if (!create) return null;
			extras = new haxe.ds.IntMap();
		}
		var l = extras.get(p.addr());
		if (l == null && create) {
			l = [];
			extras.set(p.addr(), l);
		}
		return l;
	}

	static function setExtra(p:Ptr, nameId:Int, v:Dynamic):Void {
		var l = extraList(p, true);
		var i = 0;
		while (i < l.length) {
			if ((l[i] : Int) == nameId) {
				l[i + 1] = v;
				return;
			}
			i += 2;
		}
		l.push(nameId);
		l.push(v);
	}

	// Reflect.deleteField of a field of the object's layout leaves this marker in the side table.
	static var deleted:Array<Int>;

	static function isDeleted(p:Ptr, nameId:Int):Bool {
		var found = [false];
		var v = getExtra(p, nameId, found);
		return found[0] && Ptr.ofObject(v) == Ptr.ofObject(deletedMark());
	}

	static function deletedMark():Dynamic {
		if (deleted == null) deleted = [];
		return deleted;
	}

	/**
		Reflect.copy: a shallow copy of an anonymous object or class instance (its layout, then the
		fields added or deleted through Dynamic); other values (null, strings, boxes, enums) as they are.
	**/
	public static function copyObject(o:Dynamic):Dynamic {
		var p = Ptr.ofObject(o);
		if (p.isNull())
			return o;
		var t = tidOf(p);
		if (t < 16)
			return o;
		var r = record(t);
		if (r.isNull() || (recKind(r) != 1 && recKind(r) != 3))
			return o;
		var size = r.getI32(28);
		var q = Ptr.alloc(size);
		Ptr.copy(q, p, size);
		var l = extraList(p, false);
		if (l != null) {
			var c = extraList(q, true);
			for (x in l)
				c.push(x);
		}
		return q.toObject();
	}

	public static function deleteField(o:Dynamic, name:String):Bool {
		var p = Ptr.ofObject(o);
		if (p.isNull() || !hasField(o, name)) return false;
		var id = nameIdOf(name);
		var l = extraList(p, false);
		if (l != null) {
			var i = 0;
			while (i < l.length) {
				if ((l[i] : Int) == id) {
					l.splice(i, 2);
					if (findField(p, id).isNull()) return true;
					break;
				}
				i += 2;
			}
		}
		setExtra(p, id, deletedMark());
		return true;
	}

	static function getExtra(p:Ptr, nameId:Int, found:Array<Bool>):Dynamic {
		var l = extraList(p, false);
		if (l == null) return null;
		var i = 0;
		while (i < l.length) {
			if ((l[i] : Int) == nameId) {
				found[0] = true;
				return l[i + 1];
			}
			i += 2;
		}
		return null;
	}

	/** Table index of the implementation of method `nameId` (interface calls). */
	public static function methodIndex(o:Dynamic, nameId:Int):Int {
		var p = Ptr.ofObject(o);
		if (p.isNull()) nullAccess();
		var f = findField(p, nameId);
		if (f.isNull() || f.getI32(4) == 0) fatal("method " + nameOf(nameId) + " not found on " + toString(o));
		return f.getI32(16 + Ptr.size());
	}

	public static function callField(o:Dynamic, nameId:Int, args:Array<Dynamic>):Dynamic {
		var p = Ptr.ofObject(o);
		if (p.isNull()) nullAccess();
		var f = findField(p, nameId);
		if (f.isNull()) {
			if (tidOf(p) == TID_STRING) return stringMethod(o, nameId, args);
			var found = [false];
			var g = getExtra(p, nameId, found);
			if (found[0]) return call(g, args);
			throw "Invalid call";
		}
		if (f.getI32(4) != 0) return Ptr.callDyn(f.getI32(12), p, Ptr.ofObject(args)).toObject();
		return call(loadKind(p, f.getI32(12), f.getI32(8)), args);
	}

	static function stringMethod(o:Dynamic, nameId:Int, args:Array<Dynamic>):Dynamic {
		var s:String = o;
		if (nameId == nameIdOf("charCodeAt")) return s.charCodeAt(unboxInt(args[0]));
		if (nameId == nameIdOf("charAt")) return s.charAt(unboxInt(args[0]));
		if (nameId == nameIdOf("toUpperCase")) return s.toUpperCase();
		if (nameId == nameIdOf("toLowerCase")) return s.toLowerCase();
		if (nameId == nameIdOf("indexOf")) return s.indexOf(args[0]);
		if (nameId == nameIdOf("toString")) return s;
		throw "Invalid call";
	}

	public static function call(f:Dynamic, args:Array<Dynamic>):Dynamic {
		var p = Ptr.ofObject(f);
		if (p.isNull()) nullAccess();
		if (tidOf(p) != TID_CLOSURE) throw "Invalid call";
		// flags bit 1: a Reflect.makeVarArgs wrapper; the wrapped function gets the arguments as one array
		if ((p.getI32(4) & 2) != 0) return call(p.getPtr(16).toObject(), [args]);
		if ((p.getI32(4) & 1) != 0) return Ptr.callDyn(p.getI32(12), p.getPtr(16), Ptr.ofObject(args)).toObject();
		return Ptr.callDyn(p.getI32(12), p, Ptr.ofObject(args)).toObject();
	}

	// ---- Std.string --------------------------------------------------------------------------------------

	public static function stringOrNull(s:String):String {
		return Ptr.ofObject(s).isNull() ? "null" : s;
	}

	public static function toString(d:Dynamic):String {
		var p = Ptr.ofObject(d);
		if (p.isNull()) return "null";
		var t = tidOf(p);
		if (t == TID_STRING) return d;
		if (t == TID_INT) return String.__ofInt(p.getI32(8));
		if (t == TID_FLOAT) return String.__ofFloat(p.getF64(8));
		if (t == TID_BOOL) return p.getI32(8) != 0 ? "true" : "false";
		if (t == TID_I64) return i64ToString(p.getI64(8));
		if (t == TID_CLOSURE) return "#fun";
		if (t == TID_CLASSOBJ) {
			var k = recKind(p);
			return (k == KIND_ENUM ? "Enum<" : "Class<") + recName(p) + ">";
		}
		if (t < 16) return "#abstract";
		var r = record(t);
		var k = recKind(r);
		if (k == KIND_ENUM) return enumToString(p, r);
		if (k == KIND_ANON) return anonToString(p, r);
		if (toStringId == -2) toStringId = nameIdOf("toString");
		if (toStringId >= 0) {
			var f = findField(p, toStringId);
			if (!f.isNull() && f.getI32(4) != 0) {
				var none:Array<Dynamic> = [];
				return Ptr.callDyn(f.getI32(12), p, Ptr.ofObject(none)).toObject();
			}
		}
		return recName(r);
	}

	static function i64ToString(v:haxe.Int64):String {
		var neg = v < 0;
		var digits = "";
		if (v == 0) return "0";
		while (v != 0) {
			var q = v / 10;
			var r = haxe.Int64.toInt(v - q * 10);
			digits = String.fromCharCode(48 + (r < 0 ? -r : r)) + digits;
			v = q;
		}
		return neg ? "-" + digits : digits;
	}

	static function enumToString(p:Ptr, r:Ptr):String {
		var idx = p.getI32(8);
		var c = recFields(r).add(idx * fieldInfoSize());
		var name:String = c.getPtr(16).toObject();
		var n = c.getI32(12);
		if (n == 0) return name;
		var args = c.getPtr(16 + Ptr.size());
		var buf = new StringBuf();
		buf.add(name);
		buf.add("(");
		var i = 0;
		while (i < n) {
			if (i > 0) buf.add(",");
			var a = args.add(i * fieldInfoSize());
			buf.add(toString(loadKind(p, a.getI32(12), a.getI32(8))));
			i++;
		}
		buf.add(")");
		return buf.toString();
	}

	static function anonToString(p:Ptr, r:Ptr):String {
		var n = r.getI32(20);
		var fs = recFields(r);
		var names:Array<String> = [];
		var vals:Array<Dynamic> = [];
		var i = 0;
		while (i < n) {
			var f = fs.add(i * fieldInfoSize());
			if (extras == null || !isDeleted(p, f.getI32(0))) {
				names.push(f.getPtr(16).toObject());
				vals.push(loadKind(p, f.getI32(12), f.getI32(8)));
			}
			i++;
		}
		var l = extraList(p, false);
		if (l != null) {
			var j = 0;
			while (j < l.length) {
				if (Ptr.ofObject(l[j + 1]) != Ptr.ofObject(deletedMark())) {
					names.push(nameOf(l[j]));
					vals.push(l[j + 1]);
				}
				j += 2;
			}
		}
		sortEvalOrder(names, vals);
		var buf = new StringBuf();
		buf.add("{");
		var k = 0;
		while (k < names.length) {
			if (k > 0) buf.add(", ");
			buf.add(names[k]);
			buf.add(": ");
			buf.add(toString(vals[k]));
			k++;
		}
		buf.add("}");
		return buf.toString();
	}

	// Haxe's reference interpreter (the one whose output programs are compared with) keeps an object's
	// fields in a little-endian Patricia tree keyed by OCaml's `Hashtbl.hash` of the name, so printing
	// and Reflect.fields list them in ascending order of the hash read bit-reversed. We list them the
	// same way so that output matches; every target leaves this order unspecified.

	/** OCaml's Hashtbl.hash of the UTF-8 bytes of `s` (MurmurHash3 mixing, 30-bit result). */
	static function ocamlHash(s:String):Int {
		var h = 0;
		var w = 0; // bytes not yet mixed, little-endian
		var nw = 0;
		var len = 0;
		var i = 0;
		while (i < s.length) {
			var c:Int = s.charCodeAt(i);
			if (c >= 0xD800 && c < 0xDC00 && i + 1 < s.length) {
				c = 0x10000 + ((c - 0xD800) << 10) + (s.charCodeAt(i + 1) - 0xDC00);
				i++;
			}
			i++;
			var bytes = c < 0x80 ? [c] : c < 0x800 ? [0xC0 | (c >> 6), 0x80 | (c & 63)] : c < 0x10000 ? [0xE0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)] : [0xF0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63)];
			for (b in bytes) {
				w |= b << (8 * nw);
				nw++;
				len++;
				if (nw == 4) {
					h = hashMix(h, w);
					w = 0;
					nw = 0;
				}
			}
		}
		if (nw > 0) h = hashMix(h, w);
		h ^= len;
		h ^= h >>> 16;
		h *= 0x85ebca6b;
		h ^= h >>> 13;
		h *= 0xc2b2ae35;
		h ^= h >>> 16;
		return h & 0x3FFFFFFF;
	}

	static function hashMix(h:Int, d:Int):Int {
		d *= 0xcc9e2d51;
		d = (d << 15) | (d >>> 17);
		d *= 0x1b873593;
		h ^= d;
		h = (h << 13) | (h >>> 19);
		return h * 5 + 0xe6546b64;
	}

	/** The sort key of a field name: its 30-bit hash with the bits in reverse order. */
	static function evalKey(name:String):Int {
		var h = ocamlHash(name);
		var r = 0;
		var b = 0;
		while (b < 30) {
			r = (r << 1) | ((h >>> b) & 1);
			b++;
		}
		return r;
	}

	/** Sorts `names` (and `vals` alongside, when given) into the reference interpreter's field order. */
	static function sortEvalOrder(names:Array<String>, vals:Array<Dynamic>):Void {
		var keys = [for (n in names) evalKey(n)];
		var i = 1;
		while (i < names.length) {
			var j = i;
			while (j > 0 && keys[j - 1] > keys[j]) {
				var k = keys[j]; keys[j] = keys[j - 1]; keys[j - 1] = k;
				var n = names[j]; names[j] = names[j - 1]; names[j - 1] = n;
				if (vals != null) {
					var v = vals[j]; vals[j] = vals[j - 1]; vals[j - 1] = v;
				}
				j--;
			}
			i++;
		}
	}

	// ---- equality, comparison, arithmetic -------------------------------------------------------------

	static function isNumber(t:Int):Bool {
		return t == TID_INT || t == TID_FLOAT;
	}

	public static function equals(a:Dynamic, b:Dynamic):Bool {
		var pa = Ptr.ofObject(a), pb = Ptr.ofObject(b);
		if (pa == pb) return true;
		if (pa.isNull() || pb.isNull()) return false;
		var ta = tidOf(pa), tb = tidOf(pb);
		if (isNumber(ta) && isNumber(tb)) return unboxFloat(a) == unboxFloat(b);
		if (ta == TID_BOOL && tb == TID_BOOL) return pa.getI32(8) == pb.getI32(8);
		if (ta == TID_STRING && tb == TID_STRING) return String.__eq(a, b);
		if (ta == TID_I64 && tb == TID_I64) return pa.getI64(8) == pb.getI64(8);
		if (ta == TID_CLOSURE && tb == TID_CLOSURE) return pa.getI32(8) == pb.getI32(8) && pa.getPtr(16) == pb.getPtr(16);
		return false;
	}

	public static function compare(a:Dynamic, b:Dynamic):Int {
		var pa = Ptr.ofObject(a), pb = Ptr.ofObject(b);
		if (pa.isNull() || pb.isNull()) return pa.isNull() ? (pb.isNull() ? 0 : -1) : 1;
		var ta = tidOf(pa), tb = tidOf(pb);
		if (ta == TID_STRING && tb == TID_STRING) return String.__compare(a, b);
		var x = unboxFloat(a), y = unboxFloat(b);
		return x < y ? -1 : (x > y ? 1 : 0);
	}

	/** Dynamic arithmetic; `op` indexes + - * / % & | ^ << >> >>>. */
	public static function arith(op:Int, a:Dynamic, b:Dynamic):Dynamic {
		var pa = Ptr.ofObject(a), pb = Ptr.ofObject(b);
		var ta = pa.isNull() ? 0 : tidOf(pa), tb = pb.isNull() ? 0 : tidOf(pb);
		if (op == 0 && (ta == TID_STRING || tb == TID_STRING)) return String.__concat(toString(a), toString(b));
		if (op == 3) return boxFloat(unboxFloat(a) / unboxFloat(b));
		if (ta == TID_FLOAT || tb == TID_FLOAT) {
			var x = unboxFloat(a), y = unboxFloat(b);
			if (op == 0) return boxFloat(x + y);
			if (op == 1) return boxFloat(x - y);
			if (op == 2) return boxFloat(x * y);
			if (op == 4) return boxFloat(x % y);
		}
		var i = unboxInt(a), j = unboxInt(b);
		return boxInt(switch (op) {
			case 0: i + j;
			case 1: i - j;
			case 2: i * j;
			case 4: i % j;
			case 5: i & j;
			case 6: i | j;
			case 7: i ^ j;
			case 8: i << j;
			case 9: i >> j;
			default: i >>> j;
		});
	}

	// ---- type tests ------------------------------------------------------------------------------------

	public static function isOfType(v:Dynamic, family:Int):Bool {
		var p = Ptr.ofObject(v);
		if (p.isNull()) return false;
		if (family == 0) return true;
		var t = tidOf(p);
		if (t < 16) {
			if (t == family) return true;
			if (family == TID_FLOAT && t == TID_INT) return true;
			if (family == TID_INT && t == TID_FLOAT) {
				var f = p.getF64(8);
				return f == Std.int(f);
			}
			if (t != TID_STRING) return false;
		}
		while (t >= 0) {
			var r = record(t);
			if (r.isNull()) return false;
			if (r.getI32(24) == family || t == family) return true;
			var ifs = r.getPtr(32 + 2 * Ptr.size());
			if (!ifs.isNull()) {
				var i = 0;
				while (ifs.getI32(i * 4) >= 0) {
					if (ifs.getI32(i * 4) == family) return true;
					i++;
				}
			}
			t = r.getI32(16);
		}
		return false;
	}

	public static function checkCast(v:Dynamic, family:Int, name:String):Dynamic {
		if (Ptr.ofObject(v).isNull() || isOfType(v, family)) return v;
		throw "Class cast error";
	}

	public static function getClass(v:Dynamic):Dynamic {
		var p = Ptr.ofObject(v);
		if (p.isNull()) return null;
		var t = tidOf(p);
		if (t < 16 && t != TID_STRING) return null;
		var r = record(t);
		if (recKind(r) != KIND_CLASS) return null;
		var fam = r.getI32(24);
		return record(fam).toObject();
	}

	public static function enumConstructor(e:Dynamic):String {
		var p = Ptr.ofObject(e);
		var r = record(tidOf(p));
		var c = recFields(r).add(p.getI32(8) * fieldInfoSize());
		return c.getPtr(16).toObject();
	}

	public static function enumParameters(e:Dynamic):Array<Dynamic> {
		var p = Ptr.ofObject(e);
		var r = record(tidOf(p));
		var c = recFields(r).add(p.getI32(8) * fieldInfoSize());
		var n = c.getI32(12);
		var out:Array<Dynamic> = [];
		var args = c.getPtr(16 + Ptr.size());
		var i = 0;
		while (i < n) {
			var a = args.add(i * fieldInfoSize());
			out.push(loadKind(p, a.getI32(12), a.getI32(8)));
			i++;
		}
		return out;
	}

	public static function className(c:Dynamic):String {
		var p = Ptr.ofObject(c);
		if (p.isNull()) return null;
		return recName(p);
	}

	/** Names of an object's data fields (Reflect.fields). */
	public static function fields(o:Dynamic):Array<String> {
		var out:Array<String> = [];
		var p = Ptr.ofObject(o);
		if (p.isNull()) return out;
		var t = tidOf(p);
		if (t < 16) return out;
		var r = record(t);
		var n = r.getI32(20);
		var fs = recFields(r);
		var i = 0;
		while (i < n) {
			var f = fs.add(i * fieldInfoSize());
			if (f.getI32(4) == 0 && !isDeleted(p, f.getI32(0))) out.push(f.getPtr(16).toObject());
			i++;
		}
		var l = extraList(p, false);
		if (l != null) {
			var j = 0;
			while (j < l.length) {
				if (Ptr.ofObject(l[j + 1]) != Ptr.ofObject(deletedMark())) out.push(nameOf(l[j]));
				j += 2;
			}
		}
		sortEvalOrder(out, null);
		return out;
	}

	public static function hasField(o:Dynamic, name:String):Bool {
		var p = Ptr.ofObject(o);
		if (p.isNull()) return false;
		var id = nameIdOf(name);
		if (id < 0) return false;
		var found = [false];
		var v = getExtra(p, id, found);
		if (found[0]) return Ptr.ofObject(v) != Ptr.ofObject(deletedMark());
		return !findField(p, id).isNull();
	}

	public static function fieldByName(o:Dynamic, name:String):Dynamic {
		if (Ptr.ofObject(o).isNull()) return null;
		return getField(o, nameIdOf(name));
	}

	public static function setFieldByName(o:Dynamic, name:String, v:Dynamic):Void {
		setField(o, nameIdOf(name), v);
	}

	// The method `get_name`/`set_name` of the object, or nil (Reflect.getProperty/setProperty).
	static function accessor(p:Ptr, name:String):Ptr {
		var id = nameIdOf(name);
		if (id < 0) return Ptr.nil();
		var f = findField(p, id);
		return !f.isNull() && f.getI32(4) != 0 ? f : Ptr.nil();
	}

	/** Reflect.getProperty: the getter `get_name` when the object has one, else the field. */
	public static function getProperty(o:Dynamic, name:String):Dynamic {
		var p = Ptr.ofObject(o);
		if (p.isNull()) return null;
		var f = accessor(p, "get_" + name);
		if (!f.isNull()) {
			var none:Array<Dynamic> = [];
			return Ptr.callDyn(f.getI32(12), p, Ptr.ofObject(none)).toObject();
		}
		return fieldByName(o, name);
	}

	/** Reflect.setProperty: the setter `set_name` when the object has one, else the field. */
	public static function setProperty(o:Dynamic, name:String, v:Dynamic):Void {
		var p = Ptr.ofObject(o);
		if (p.isNull()) nullAccess();
		var f = accessor(p, "set_" + name);
		if (!f.isNull()) {
			var args:Array<Dynamic> = [v];
			Ptr.callDyn(f.getI32(12), p, Ptr.ofObject(args));
			return;
		}
		setFieldByName(o, name, v);
	}

	// ---- Std, Type and Reflect support -----------------------------------------------------------------

	/**
		Whether `v` is an instance of the generic class of type id `tid` (an Array) other than that very
		instance, whose elements then need converting (see Array.__fillFrom).
	**/
	public static function arrayNeedsCopy(v:Dynamic, tid:Int):Bool {
		var p = Ptr.ofObject(v);
		if (p.isNull()) return false;
		var t = tidOf(p);
		if (t == tid || t < 16) return false;
		var r = record(t);
		return !r.isNull() && r.getI32(24) == record(tid).getI32(24);
	}

	// ---- Type.resolveClass, getInstanceFields, createInstance -------------------------------------------
	// Class records end with a reflection tail (src/lower/program.ts, reflectionBlock): at
	// 40 + 4P the names of the class's own instance fields and statics, at 40 + 5P the table index of
	// its constructor adapter.

	/** The class (KIND_CLASS) or enum (KIND_ENUM) named `name` among the program's types, or null. */
	public static function resolveType(name:String, kind:Int):Dynamic {
		var roots = Ptr.staticData();
		var n = roots.getI32(16);
		var t = 16;
		while (t < n) {
			var r = record(t);
			if (!r.isNull() && recKind(r) == kind && r.getI32(24) == t && recName(r) == name) return r.toObject();
			t++;
		}
		return null;
	}

	/** The own instance field names (statics: false) or static names (true) of class record `r`. */
	static function ownNames(r:Ptr, statics:Bool, out:Array<String>):Void {
		var block = r.getPtr(40 + 4 * Ptr.size());
		if (block.isNull()) return;
		var ni = block.getI32(0);
		var ns = block.getI32(4);
		var from = statics ? ni : 0;
		var to = statics ? ni + ns : ni;
		var i = from;
		while (i < to) {
			var name:String = block.getPtr(8 + i * Ptr.size()).toObject();
			if (out.indexOf(name) < 0) out.push(name);
			i++;
		}
	}

	public static function instanceFields(c:Dynamic):Array<String> {
		var out:Array<String> = [];
		var r = Ptr.ofObject(c);
		while (!r.isNull()) {
			ownNames(r, false, out);
			var s = r.getI32(16);
			r = s < 0 ? Ptr.nil() : record(s);
		}
		sortEvalOrder(out, null);
		return out;
	}

	public static function classFields(c:Dynamic):Array<String> {
		var out:Array<String> = [];
		var r = Ptr.ofObject(c);
		if (!r.isNull()) ownNames(r, true, out);
		sortEvalOrder(out, null);
		return out;
	}

	public static function createInstance(c:Dynamic, args:Array<Dynamic>):Dynamic {
		var r = Ptr.ofObject(c);
		if (r.isNull()) nullAccess();
		var fn = r.getI32(40 + 5 * Ptr.size());
		if (fn < 0) throw "Type.createInstance: " + recName(r) + " cannot be constructed";
		return Ptr.callDyn(fn, Ptr.nil(), Ptr.ofObject(args == null ? [] : args)).toObject();
	}

	public static function createEmptyInstance(c:Dynamic):Dynamic {
		var r = Ptr.ofObject(c);
		if (r.isNull()) nullAccess();
		var size = r.getI32(28);
		var p = Ptr.alloc(size);
		Ptr.fill(p, 0, size);
		p.setI32(0, r.getI32(12));
		return p.toObject();
	}

	/** Std.isOfType with a class value (a pointer to its RTTI record). */
	public static function isOfClassValue(v:Dynamic, c:Dynamic):Bool {
		var r = Ptr.ofObject(c);
		if (r.isNull()) return false;
		if (tidOf(r) != TID_CLASSOBJ) return false;
		return isOfType(v, r.getI32(24));
	}

	public static function getEnum(v:Dynamic):Dynamic {
		var p = Ptr.ofObject(v);
		if (p.isNull() || tidOf(p) < 16) return null;
		var r = record(tidOf(p));
		if (recKind(r) != KIND_ENUM) return null;
		return record(r.getI32(24)).toObject();
	}

	public static function superClass(c:Dynamic):Dynamic {
		var r = Ptr.ofObject(c);
		if (r.isNull()) return null;
		var s = r.getI32(16);
		if (s < 0) return null;
		return record(record(s).getI32(24)).toObject();
	}

	public static function isFunction(f:Dynamic):Bool {
		var p = Ptr.ofObject(f);
		return !p.isNull() && tidOf(p) == TID_CLOSURE;
	}

	public static function isObject(v:Dynamic):Bool {
		var p = Ptr.ofObject(v);
		if (p.isNull()) return false;
		var t = tidOf(p);
		if (t == TID_STRING || t == TID_CLASSOBJ) return true;
		if (t < 16) return false;
		return recKind(record(t)) != KIND_ENUM;
	}

	public static function isEnumValue(v:Dynamic):Bool {
		var p = Ptr.ofObject(v);
		if (p.isNull() || tidOf(p) < 16) return false;
		return recKind(record(tidOf(p))) == KIND_ENUM;
	}

	public static function typeOf(v:Dynamic):Type.ValueType {
		var p = Ptr.ofObject(v);
		if (p.isNull()) return TNull;
		var t = tidOf(p);
		if (t == TID_INT) return TInt;
		if (t == TID_FLOAT) return TFloat;
		if (t == TID_BOOL) return TBool;
		if (t == TID_CLOSURE) return TFunction;
		if (t == TID_STRING) return TClass(cast getClass(v));
		if (t < 16) return TObject;
		var r = record(t);
		var k = recKind(r);
		if (k == KIND_ENUM) return TEnum(cast getEnum(v));
		if (k == KIND_CLASS) return TClass(cast getClass(v));
		return TObject;
	}

	public static function enumEq(a:Dynamic, b:Dynamic):Bool {
		var pa = Ptr.ofObject(a), pb = Ptr.ofObject(b);
		if (pa == pb) return true;
		if (pa.isNull() || pb.isNull()) return false;
		if (tidOf(pa) != tidOf(pb) || pa.getI32(8) != pb.getI32(8)) return false;
		var xs = enumParameters(a), ys = enumParameters(b);
		var i = 0;
		while (i < xs.length) {
			if (!equals(xs[i], ys[i]) && !(isEnumValue(xs[i]) && enumEq(xs[i], ys[i]))) return false;
			i++;
		}
		return true;
	}

	public static function enumConstructs(e:Dynamic):Array<String> {
		var r = Ptr.ofObject(e);
		var out:Array<String> = [];
		var n = r.getI32(20);
		var fs = recFields(r);
		var i = 0;
		while (i < n) {
			out.push(fs.add(i * fieldInfoSize()).getPtr(16).toObject());
			i++;
		}
		return out;
	}

	public static function createEnumIndex(e:Dynamic, index:Int, params:Array<Dynamic>):Dynamic {
		var r = Ptr.ofObject(e);
		var n = r.getI32(20);
		if (index < 0 || index >= n) throw "Invalid enum index";
		var c = recFields(r).add(index * fieldInfoSize());
		var argc = c.getI32(12);
		var args = c.getPtr(16 + Ptr.size());
		if (argc == 0) return args.toObject(); // the constructor's shared value
		var size = 16;
		var i = 0;
		while (i < argc) {
			var a = args.add(i * fieldInfoSize());
			var end = a.getI32(12) + 8;
			if (end > size) size = end;
			i++;
		}
		var p = newBox(r.getI32(12), size);
		p.setI32(8, index);
		i = 0;
		while (i < argc) {
			var a = args.add(i * fieldInfoSize());
			storeKind(p, a.getI32(12), a.getI32(8), params == null ? null : params[i]);
			i++;
		}
		return p.toObject();
	}

	public static function allEnums(e:Dynamic):Array<Dynamic> {
		var r = Ptr.ofObject(e);
		var out:Array<Dynamic> = [];
		var n = r.getI32(20);
		var i = 0;
		while (i < n) {
			if (recFields(r).add(i * fieldInfoSize()).getI32(12) == 0) out.push(createEnumIndex(e, i, null));
			i++;
		}
		return out;
	}

	// ---- errors ----------------------------------------------------------------------------------------

	static function writeErr(s:String):Void {
		rayzor.rt.Io.write(2, s, false);
	}

	public static function nullAccess():Void {
		throw "Null Access";
	}

	/** A fatal runtime error: message on stderr, exit 1. */
	public static function fatal(msg:String):Void {
		writeErr("Fatal error: " + msg + "\n");
		Host.exit(1);
	}

	/** An exception nobody caught: `Uncaught exception: <value>` on stderr, exit 1. */
	public static function uncaught(v:Dynamic):Void {
		var s:String;
		var p = Ptr.ofObject(v);
		if (!p.isNull() && isOfType(v, exceptionFamily())) {
			var e:haxe.Exception = v;
			s = e.message;
		} else s = toString(v);
		writeErr("Uncaught exception: " + s + "\n");
		Host.exit(1);
	}

	static function exceptionFamily():Int {
		var roots = Ptr.staticData();
		var table = roots.getPtr(8);
		var n = roots.getI32(16);
		var t = 16;
		while (t < n) {
			var r = table.getPtr(t * Ptr.size());
			if (!r.isNull() && recKind(r) == KIND_CLASS && recName(r) == "haxe.Exception") return r.getI32(24);
			t++;
		}
		return -1;
	}
}
