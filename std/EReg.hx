// EReg: regular expressions (what `~/pattern/flags` creates), with rayzor's own backtracking engine.
// Takes: a Perl-style pattern (PCRE syntax as Haxe's targets accept it: alternation, groups, (?:),
// lookahead (?=) (?!), greedy and lazy quantifiers * + ? {n} {n,} {n,m}, classes with ranges and
// \d \w \s, anchors ^ $ \b \B \A \z \Z, backreferences \1..\9) and flags i, g, m, s (u is accepted:
// strings are always Unicode). Gives: the Haxe EReg API with the behaviour of `haxe --interp` (PCRE):
// positions count UTF-16 units, unmatched groups are null, split/replace/map follow its empty-match
// rules. Bad patterns throw "EReg: ..." messages at construction.
// Invariant: a pattern compiles once into an int program run by a backtracking machine whose
// choice points live on an explicit stack (no recursion per character, so long subjects are fine);
// a loop whose body can match empty checks that it advanced, so no pattern loops forever.

class EReg {
	// Opcodes of the compiled program (operands follow in the same array).
	static inline var OP_CHAR = 0; // c
	static inline var OP_ANY = 1; // `.` without the s flag (not \n)
	static inline var OP_ANYNL = 2; // `.` with the s flag
	static inline var OP_CLASS = 3; // class index
	static inline var OP_SPLIT = 4; // first, second: try first, come back to second
	static inline var OP_JMP = 5; // target
	static inline var OP_SAVE = 6; // capture slot
	static inline var OP_BOL = 7;
	static inline var OP_EOL = 8;
	static inline var OP_WORDB = 9;
	static inline var OP_NWORDB = 10;
	static inline var OP_BACKREF = 11; // group
	static inline var OP_LOOK = 12; // negated (0/1), end of the sub-program
	static inline var OP_MATCH = 13;
	static inline var OP_MARK = 14; // register: remember the position at a loop body's start
	static inline var OP_CHECK = 15; // register: fail unless the body advanced
	static inline var OP_START = 16; // \A
	static inline var OP_END = 17; // \z
	static inline var OP_ENDNL = 18; // \Z

	var global:Bool;
	var ignoreCase:Bool;
	var multiline:Bool;
	var dotAll:Bool;

	var prog:Array<Int>;
	/** Per class: [negated, lo0, hi0, lo1, hi1, ...]. */
	var classes:Array<Array<Int>>;
	var groups:Int;
	var registers:Int;
	/** A character every match contains (-1: none known): a subject without it cannot match. */
	var required:Int;

	// The parser's state.
	var src:String;
	var at:Int;

	// The last match: the subject and 2 slots (start, end) per group, -1 when unset.
	var subject:String;
	var caps:Array<Int>;
	var regs:Array<Int>;
	var matchedOnce:Bool;

	/** A regular expression for pattern `r` with flags `opt` (i, g, m, s, u). */
	public function new(r:String, opt:String):Void {
		for (i in 0...opt.length) {
			switch (opt.charAt(i)) {
				case "g": global = true;
				case "i": ignoreCase = true;
				case "m": multiline = true;
				case "s": dotAll = true;
				case "u":
				case f: throw "EReg: unknown flag " + f;
			}
		}
		classes = [];
		groups = 1;
		registers = 0;
		src = r;
		at = 0;
		var tree = parseAlt();
		if (at < src.length) throw "EReg: unmatched ) in " + r;
		prog = [];
		emit([OP_SAVE, 0]);
		compile(tree);
		emit([OP_SAVE, 1, OP_MATCH]);
		required = ignoreCase ? -1 : requiredChar(tree);
		src = null;
		matchedOnce = false;
	}

	// ---- API ----------------------------------------------------------------------------------------

	/** Whether `s` matches; remembers the match for matched/matchedLeft/... */
	public function match(s:String):Bool {
		return search(s, 0, s.length);
	}

	/** Group `n` of the last match (0 is the whole match); null for a group that did not take part. */
	public function matched(n:Int):String {
		if (!matchedOnce) throw "Invalid regex operation because no match was made";
		if (n < 0 || n >= groups) throw "Invalid group";
		var a = caps[2 * n];
		var b = caps[2 * n + 1];
		if (a < 0 || b < 0) return null;
		return subject.substring(a, b);
	}

	/** The text before the last match. */
	public function matchedLeft():String {
		if (!matchedOnce) throw "Invalid regex operation because no match was made";
		return subject.substring(0, caps[0]);
	}

	/** The text after the last match. */
	public function matchedRight():String {
		if (!matchedOnce) throw "Invalid regex operation because no match was made";
		return subject.substring(caps[1], subject.length);
	}

	/** Position and length of the last match. */
	public function matchedPos():{pos:Int, len:Int} {
		if (!matchedOnce) throw "Invalid regex operation because no match was made";
		return {pos: caps[0], len: caps[1] - caps[0]};
	}

	/** Like match, on `len` units of `s` from `pos` (-1: to the end). */
	public function matchSub(s:String, pos:Int, len:Int = -1):Bool {
		var end = len < 0 ? s.length : pos + len;
		if (end > s.length) end = s.length;
		if (pos < 0) pos = 0;
		return search(s, pos, end);
	}

	/** `s` split at matches (at the first one only, without the g flag). */
	public function split(s:String):Array<String> {
		if (s.length == 0) return [""];
		var out:Array<String> = [];
		var copied = 0;
		var pos = 0;
		while (true) {
			if (!search(s, pos, s.length)) {
				out.push(s.substring(copied, s.length));
				break;
			}
			var first = caps[0];
			var last = caps[1];
			out.push(s.substring(copied, first));
			copied = last;
			// An empty match must not stop the scan where it is.
			var next = pos == last ? last + 1 : last;
			if (next >= s.length) {
				out.push("");
				break;
			}
			if (!global) {
				out.push(s.substring(copied, s.length));
				break;
			}
			pos = next;
		}
		return out;
	}

	/** `s` with matches replaced by `by`, where `$1`.. are groups and `$$` is `$`. */
	public function replace(s:String, by:String):String {
		var buf = new StringBuf();
		var pos = 0;
		var copied = 0;
		while (pos <= s.length && search(s, pos, s.length)) {
			var first = caps[0];
			var last = caps[1];
			buf.add(s.substring(copied, first));
			expand(by, buf);
			copied = last;
			if (!global) break;
			if (last == first) {
				// After an empty match, the next one starts one unit further (the unit is copied later).
				pos = last + 1;
			} else
				pos = last;
		}
		buf.add(s.substring(copied, s.length));
		return buf.toString();
	}

	/** `s` with each match replaced by what `f` returns for it. */
	public function map(s:String, f:EReg->String):String {
		var buf = new StringBuf();
		var offset = 0;
		while (offset < s.length) {
			if (!search(s, offset, s.length)) break;
			var first = caps[0];
			var last = caps[1];
			buf.add(s.substring(offset, first));
			buf.add(f(this));
			if (last == first) {
				// An empty match: keep the unit it stood before and go on after it.
				if (first < s.length) buf.add(s.substring(first, first + 1));
				offset = first + 1;
			} else
				offset = last;
			if (!global) break;
		}
		if (offset < s.length) buf.add(s.substring(offset, s.length));
		return buf.toString();
	}

	/** `s` with the characters that are special in patterns escaped. */
	public static function escape(s:String):String {
		var buf = new StringBuf();
		for (i in 0...s.length) {
			var c = s.charAt(i);
			if ("\\^$.|?*+()[]{}-/".indexOf(c) >= 0) buf.add("\\");
			buf.add(c);
		}
		return buf.toString();
	}

	/** Appends the replacement template `by` for the current match. */
	function expand(by:String, buf:StringBuf):Void {
		var i = 0;
		while (i < by.length) {
			var c = by.charCodeAt(i);
			if (c == "$".code && i + 1 < by.length) {
				var d = by.charCodeAt(i + 1);
				if (d == "$".code) {
					buf.add("$");
					i += 2;
					continue;
				}
				if (d >= "0".code && d <= "9".code) {
					var n = d - "0".code;
					if (n >= groups) throw "EReg: replacement refers to group " + n + ", which does not exist";
					var g = matched(n);
					if (g != null) buf.add(g);
					i += 2;
					continue;
				}
			}
			buf.addChar(c);
			i++;
		}
	}

	// ---- searching ------------------------------------------------------------------------------------

	/** Finds the leftmost match starting in [from, end) of `s` (the subject ends at `end`). */
	function search(s:String, from:Int, end:Int):Bool {
		subject = s;
		var ncaps = 2 * groups;
		var firstChar = prog[2] == OP_CHAR && !ignoreCase ? prog[3] : -1;
		var start = from;
		if (required >= 0) {
			// As PCRE does, give up at once when a character every match needs is missing: this also
			// keeps patterns with nested quantifiers from backtracking exponentially on such subjects.
			var i = s.indexOf(String.fromCharCode(required), from);
			if (i < 0 || i >= end) start = end + 1;
		}
		while (start <= end) {
			if (firstChar >= 0) {
				// The pattern begins with a literal: skip to its next occurrence.
				while (start < end && s.charCodeAt(start) != firstChar) start++;
				if (start >= end) break;
			}
			caps = [for (i in 0...ncaps) -1];
			regs = [for (i in 0...registers) -1];
			if (run(0, start, s, end)) {
				matchedOnce = true;
				return true;
			}
			start++;
		}
		caps = [for (i in 0...ncaps) -1];
		return false;
	}

	/** Runs the program from `pc` at `pos`; true when it reaches MATCH (captures are then set). */
	function run(pc0:Int, pos0:Int, s:String, end:Int):Bool {
		// The backtracking stack holds triples: (0, pc, pos) a choice point, (1, slot, old) a capture to
		// restore, (2, register, old) a loop register to restore.
		var stack:Array<Int> = [];
		var pc = pc0;
		var pos = pos0;
		var code = prog;
		while (true) {
			var ok = true;
			switch (code[pc]) {
				case OP_CHAR:
					if (pos < end && (ignoreCase ? fold(s.charCodeAt(pos)) == code[pc + 1] : s.charCodeAt(pos) == code[pc + 1])) {
						pos++;
						pc += 2;
					} else
						ok = false;
				case OP_ANY:
					if (pos < end && s.charCodeAt(pos) != "\n".code) {
						pos++;
						pc++;
					} else
						ok = false;
				case OP_ANYNL:
					if (pos < end) {
						pos++;
						pc++;
					} else
						ok = false;
				case OP_CLASS:
					if (pos < end && inClass(classes[code[pc + 1]], s.charCodeAt(pos))) {
						pos++;
						pc += 2;
					} else
						ok = false;
				case OP_SPLIT:
					stack.push(0);
					stack.push(code[pc + 2]);
					stack.push(pos);
					pc = code[pc + 1];
				case OP_JMP:
					pc = code[pc + 1];
				case OP_SAVE:
					var slot = code[pc + 1];
					stack.push(1);
					stack.push(slot);
					stack.push(caps[slot]);
					caps[slot] = pos;
					pc += 2;
				case OP_BOL:
					if (pos == 0 || (multiline && s.charCodeAt(pos - 1) == "\n".code)) pc++; else ok = false;
				case OP_EOL:
					if (pos == end || (pos == end - 1 && s.charCodeAt(pos) == "\n".code) || (multiline && s.charCodeAt(pos) == "\n".code))
						pc++;
					else
						ok = false;
				case OP_WORDB | OP_NWORDB:
					var before = pos > 0 && isWord(s.charCodeAt(pos - 1));
					var after = pos < end && isWord(s.charCodeAt(pos));
					if ((before != after) == (code[pc] == OP_WORDB)) pc++; else ok = false;
				case OP_BACKREF:
					var g = code[pc + 1];
					var a = caps[2 * g];
					var b = caps[2 * g + 1];
					if (a < 0 || b < 0) {
						ok = false; // PCRE: a reference to an unset group fails
					} else {
						var n = b - a;
						if (pos + n > end) ok = false; else {
							var i = 0;
							while (i < n) {
								var x = s.charCodeAt(a + i);
								var y = s.charCodeAt(pos + i);
								if (x != y && !(ignoreCase && fold(x) == fold(y))) break;
								i++;
							}
							if (i < n) ok = false; else {
								pos += n;
								pc += 2;
							}
						}
					}
				case OP_LOOK:
					var negated = code[pc + 1] == 1;
					var after = code[pc + 2];
					var saved = caps.copy();
					var found = run(pc + 3, pos, s, end);
					if (negated || !found) caps = saved;
					if (found != negated) pc = after; else ok = false;
				case OP_MATCH:
					return true;
				case OP_MARK:
					var r = code[pc + 1];
					stack.push(2);
					stack.push(r);
					stack.push(regs[r]);
					regs[r] = pos;
					pc += 2;
				case OP_CHECK:
					if (regs[code[pc + 1]] == pos) ok = false; else pc += 2;
				case OP_START:
					if (pos == 0) pc++; else ok = false;
				case OP_END:
					if (pos == end) pc++; else ok = false;
				case OP_ENDNL:
					if (pos == end || (pos == end - 1 && s.charCodeAt(pos) == "\n".code)) pc++; else ok = false;
				default:
					throw "EReg: bad program";
			}
			if (ok) continue;
			// Backtrack: undo captures and registers down to the latest choice point.
			var resumed = false;
			while (stack.length > 0) {
				var v = stack.pop();
				var a = stack.pop();
				var kind = stack.pop();
				if (kind == 0) {
					pc = a;
					pos = v;
					resumed = true;
					break;
				} else if (kind == 1)
					caps[a] = v;
				else
					regs[a] = v;
			}
			if (!resumed) return false;
		}
	}

	static function isWord(c:Int):Bool {
		return (c >= "a".code && c <= "z".code) || (c >= "A".code && c <= "Z".code) || (c >= "0".code && c <= "9".code) || c == "_".code;
	}

	/** Simple case folding (ASCII and Latin-1) for the i flag. */
	static function fold(c:Int):Int {
		if (c >= "A".code && c <= "Z".code) return c + 32;
		if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
		return c;
	}

	static function unfold(c:Int):Int {
		if (c >= "a".code && c <= "z".code) return c - 32;
		if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
		return c;
	}

	function inClass(cl:Array<Int>, c:Int):Bool {
		var hit = inRanges(cl, c) || (ignoreCase && (inRanges(cl, fold(c)) || inRanges(cl, unfold(c))));
		return hit != (cl[0] == 1);
	}

	static function inRanges(cl:Array<Int>, c:Int):Bool {
		var i = 1;
		while (i < cl.length) {
			if (c >= cl[i] && c <= cl[i + 1]) return true;
			i += 2;
		}
		return false;
	}

	// ---- compiling --------------------------------------------------------------------------------------

	function emit(ops:Array<Int>):Void {
		for (o in ops) prog.push(o);
	}

	function compile(n:RegexNode):Void {
		switch (n) {
			case RChar(c):
				emit([OP_CHAR, ignoreCase ? fold(c) : c]);
			case RAny:
				emit([dotAll ? OP_ANYNL : OP_ANY]);
			case RClass(i):
				emit([OP_CLASS, i]);
			case RSeq(items):
				for (x in items) compile(x);
			case RAlt(alts):
				// SPLIT to each alternative in order; every one but the last jumps to the end.
				var jumps:Array<Int> = [];
				for (i in 0...alts.length) {
					if (i < alts.length - 1) {
						var split = prog.length;
						emit([OP_SPLIT, split + 3, -1]);
						compile(alts[i]);
						jumps.push(prog.length + 1);
						emit([OP_JMP, -1]);
						prog[split + 2] = prog.length;
					} else
						compile(alts[i]);
				}
				for (j in jumps) prog[j] = prog.length;
			case RGroup(g, body):
				if (g >= 0) emit([OP_SAVE, 2 * g]);
				compile(body);
				if (g >= 0) emit([OP_SAVE, 2 * g + 1]);
			case RRepeat(body, min, max, greedy):
				for (i in 0...min) compile(body);
				if (max < 0) {
					// body*: L: SPLIT body, out; body; JMP L (with a progress check if body may be empty)
					var empty = canBeEmpty(body);
					var reg = empty ? registers++ : -1;
					var loop = prog.length;
					emit([OP_SPLIT, -1, -1]);
					var bodyAt = prog.length;
					if (empty) emit([OP_MARK, reg]);
					compile(body);
					if (empty) emit([OP_CHECK, reg]);
					emit([OP_JMP, loop]);
					var out = prog.length;
					prog[loop + 1] = greedy ? bodyAt : out;
					prog[loop + 2] = greedy ? out : bodyAt;
				} else {
					// body{0,k} as nested options, each skipping to the common end.
					var holes:Array<Int> = [];
					for (i in min...max) {
						var split = prog.length;
						emit([OP_SPLIT, -1, -1]);
						holes.push(split);
						compile(body);
					}
					var out = prog.length;
					for (split in holes) {
						prog[split + 1] = greedy ? split + 3 : out;
						prog[split + 2] = greedy ? out : split + 3;
					}
				}
			case RBol:
				emit([OP_BOL]);
			case REol:
				emit([OP_EOL]);
			case RWordBoundary(neg):
				emit([neg ? OP_NWORDB : OP_WORDB]);
			case RBackref(g):
				emit([OP_BACKREF, g]);
			case RLook(body, neg):
				var look = prog.length;
				emit([OP_LOOK, neg ? 1 : 0, -1]);
				compile(body);
				emit([OP_MATCH]);
				prog[look + 2] = prog.length;
			case RStart:
				emit([OP_START]);
			case REnd(nl):
				emit([nl ? OP_ENDNL : OP_END]);
		}
	}

	/** A character that every match of `n` contains, or -1. */
	static function requiredChar(n:RegexNode):Int {
		return switch (n) {
			case RChar(c): c;
			case RSeq(items):
				var i = items.length - 1;
				while (i >= 0) {
					var c = requiredChar(items[i]);
					if (c >= 0) return c;
					i--;
				}
				-1;
			case RAlt(alts):
				var c = requiredChar(alts[0]);
				for (a in alts) if (requiredChar(a) != c) return -1;
				c;
			case RGroup(_, body): requiredChar(body);
			case RRepeat(body, min, _, _): min > 0 ? requiredChar(body) : -1;
			default: -1;
		}
	}

	static function canBeEmpty(n:RegexNode):Bool {
		return switch (n) {
			case RChar(_) | RAny | RClass(_): false;
			case RSeq(items):
				for (x in items) if (!canBeEmpty(x)) return false;
				true;
			case RAlt(alts):
				for (x in alts) if (canBeEmpty(x)) return true;
				false;
			case RGroup(_, body): canBeEmpty(body);
			case RRepeat(body, min, _, _): min == 0 || canBeEmpty(body);
			case RBackref(_): true;
			default: true;
		}
	}

	// ---- parsing ----------------------------------------------------------------------------------------

	function peek():Int {
		return at < src.length ? src.charCodeAt(at) : -1;
	}

	function parseAlt():RegexNode {
		var alts = [parseSeq()];
		while (peek() == "|".code) {
			at++;
			alts.push(parseSeq());
		}
		return alts.length == 1 ? alts[0] : RAlt(alts);
	}

	function parseSeq():RegexNode {
		var items:Array<RegexNode> = [];
		while (at < src.length) {
			var c = peek();
			if (c == "|".code || c == ")".code) break;
			var atom = parseAtom();
			items.push(parseQuantifiers(atom));
		}
		return items.length == 1 ? items[0] : RSeq(items);
	}

	function parseQuantifiers(atom:RegexNode):RegexNode {
		while (at < src.length) {
			var c = peek();
			var min = -1;
			var max = -1;
			if (c == "*".code) {
				min = 0;
				at++;
			} else if (c == "+".code) {
				min = 1;
				at++;
			} else if (c == "?".code) {
				min = 0;
				max = 1;
				at++;
			} else if (c == "{".code) {
				var save = at;
				at++;
				var lo = readInt();
				if (lo < 0) {
					at = save;
					break; // not a quantifier: `{` is literal
				}
				min = lo;
				max = lo;
				if (peek() == ",".code) {
					at++;
					max = peek() == "}".code ? -1 : readInt();
				}
				if (peek() != "}".code) {
					at = save;
					break;
				}
				at++;
				if (max >= 0 && max < min) throw "EReg: numbers out of order in {} quantifier";
			} else
				break;
			switch (atom) {
				case RBol | REol | RWordBoundary(_) | RStart | REnd(_):
					throw "EReg: nothing to repeat";
				default:
			}
			var greedy = true;
			if (peek() == "?".code) {
				greedy = false;
				at++;
			} else if (peek() == "+".code) {
				at++; // possessive: treated as greedy
			}
			atom = RRepeat(atom, min, max, greedy);
		}
		return atom;
	}

	function readInt():Int {
		var start = at;
		var v = 0;
		while (at < src.length && peek() >= "0".code && peek() <= "9".code) {
			v = v * 10 + (peek() - "0".code);
			at++;
		}
		return at == start ? -1 : v;
	}

	function parseAtom():RegexNode {
		var c = peek();
		at++;
		switch (c) {
			case "(".code:
				var g = -1;
				var look = 0; // 1: (?=, 2: (?!
				if (peek() == "?".code) {
					at++;
					var k = peek();
					at++;
					if (k == ":".code) {} else if (k == "=".code) look = 1; else if (k == "!".code) look = 2; else
						throw "EReg: unsupported group syntax (?" + String.fromCharCode(k);
				} else
					g = groups++;
				var body = parseAlt();
				if (peek() != ")".code) throw "EReg: missing )";
				at++;
				return look > 0 ? RLook(body, look == 2) : RGroup(g, body);
			case ".".code:
				return RAny;
			case "^".code:
				return RBol;
			case "$".code:
				return REol;
			case "[".code:
				return parseClass();
			case "\\".code:
				return parseEscape();
			case "*".code | "+".code | "?".code:
				throw "EReg: nothing to repeat";
			default:
				return RChar(c);
		}
	}

	function parseEscape():RegexNode {
		if (at >= src.length) throw "EReg: \\ at end of pattern";
		var c = peek();
		at++;
		switch (c) {
			case "d".code | "D".code | "w".code | "W".code | "s".code | "S".code:
				var cl = [isNegatedShorthand(c) ? 1 : 0].concat(shorthandRanges(c));
				classes.push(cl);
				return RClass(classes.length - 1);
			case "b".code:
				return RWordBoundary(false);
			case "B".code:
				return RWordBoundary(true);
			case "A".code:
				return RStart;
			case "z".code:
				return REnd(false);
			case "Z".code:
				return REnd(true);
			default:
				if (c >= "1".code && c <= "9".code) {
					var n = c - "0".code;
					// Two digits when that group exists (PCRE reads \10 as group 10 then).
					var d = peek();
					if (d >= "0".code && d <= "9".code && n * 10 + (d - "0".code) < groups) {
						n = n * 10 + (d - "0".code);
						at++;
					}
					return RBackref(n);
				}
				return RChar(escapedChar(c));
		}
	}

	/** The character an escape `\c` stands for (outside the shorthand classes). */
	function escapedChar(c:Int):Int {
		return switch (c) {
			case "n".code: "\n".code;
			case "r".code: "\r".code;
			case "t".code: "\t".code;
			case "f".code: 12;
			case "v".code: 11;
			case "e".code: 27;
			case "a".code: 7;
			case "0".code: 0;
			case "x".code: readHex();
			case "u".code: readHexDigits(4);
			default: c;
		}
	}

	function readHex():Int {
		if (peek() == "{".code) {
			at++;
			var v = 0;
			while (peek() != "}".code) {
				if (at >= src.length) throw "EReg: bad \\x{...} escape";
				v = v * 16 + hexDigit(peek());
				at++;
			}
			at++;
			return v;
		}
		return readHexDigits(2);
	}

	function readHexDigits(n:Int):Int {
		var v = 0;
		for (i in 0...n) {
			if (at >= src.length) throw "EReg: bad hexadecimal escape";
			v = v * 16 + hexDigit(peek());
			at++;
		}
		return v;
	}

	static function hexDigit(c:Int):Int {
		if (c >= "0".code && c <= "9".code) return c - "0".code;
		if (c >= "a".code && c <= "f".code) return c - "a".code + 10;
		if (c >= "A".code && c <= "F".code) return c - "A".code + 10;
		throw "EReg: bad hexadecimal digit";
	}

	/** The ranges of \d, \w or \s (either case of the letter). */
	static function shorthandRanges(c:Int):Array<Int> {
		return switch (c) {
			case "d".code | "D".code: [48, 57];
			case "w".code | "W".code: [48, 57, 65, 90, 95, 95, 97, 122];
			default: [9, 13, 32, 32];
		}
	}

	static function isNegatedShorthand(c:Int):Bool {
		return c == "D".code || c == "W".code || c == "S".code;
	}

	/** The ranges of all code points outside the sorted, disjoint `ranges`. */
	static function complement(ranges:Array<Int>):Array<Int> {
		var comp:Array<Int> = [];
		var next = 0;
		var i = 0;
		while (i < ranges.length) {
			if (ranges[i] > next) {
				comp.push(next);
				comp.push(ranges[i] - 1);
			}
			next = ranges[i + 1] + 1;
			i += 2;
		}
		comp.push(next);
		comp.push(0x10FFFF);
		return comp;
	}

	function parseClass():RegexNode {
		var cl = [0];
		if (peek() == "^".code) {
			cl[0] = 1;
			at++;
		}
		var first = true;
		while (true) {
			if (at >= src.length) throw "EReg: missing ]";
			var c = peek();
			if (c == "]".code && !first) {
				at++;
				break;
			}
			first = false;
			at++;
			var lo = c;
			if (c == "\\".code) {
				var e = peek();
				at++;
				if (e == "d".code || e == "D".code || e == "w".code || e == "W".code || e == "s".code || e == "S".code) {
					var r = shorthandRanges(e);
					if (isNegatedShorthand(e)) r = complement(r);
					for (x in r) cl.push(x);
					continue;
				}
				lo = e == "b".code ? 8 : escapedChar(e);
			} else if (c == "[".code && peek() == ":".code) {
				// POSIX class [:name:]
				var close = src.indexOf(":]", at);
				if (close > 0) {
					var name = src.substring(at + 1, close);
					at = close + 2;
					var r = posixClass(name);
					for (x in r) cl.push(x);
					continue;
				}
			}
			var hi = lo;
			if (peek() == "-".code && at + 1 < src.length && src.charCodeAt(at + 1) != "]".code) {
				at++;
				var h = peek();
				at++;
				if (h == "\\".code) {
					var e = peek();
					at++;
					h = e == "b".code ? 8 : escapedChar(e);
				}
				hi = h;
				if (hi < lo) throw "EReg: range out of order in character class";
			}
			cl.push(lo);
			cl.push(hi);
		}
		classes.push(cl);
		return RClass(classes.length - 1);
	}

	static function posixClass(name:String):Array<Int> {
		return switch (name) {
			case "alpha": [65, 90, 97, 122];
			case "digit": [48, 57];
			case "alnum": [48, 57, 65, 90, 97, 122];
			case "space": [9, 13, 32, 32];
			case "upper": [65, 90];
			case "lower": [97, 122];
			case "punct": [33, 47, 58, 64, 91, 96, 123, 126];
			case "xdigit": [48, 57, 65, 70, 97, 102];
			case "word": [48, 57, 65, 90, 95, 95, 97, 122];
			default: throw "EReg: unknown POSIX class " + name;
		}
	}
}

/** The parsed pattern. */
private enum RegexNode {
	RChar(c:Int);
	RAny;
	RClass(index:Int);
	RSeq(items:Array<RegexNode>);
	RAlt(alts:Array<RegexNode>);
	RGroup(group:Int, body:RegexNode); // group -1: non-capturing
	RRepeat(body:RegexNode, min:Int, max:Int, greedy:Bool); // max -1: unbounded
	RBol;
	REol;
	RWordBoundary(negated:Bool);
	RBackref(group:Int);
	RLook(body:RegexNode, negated:Bool);
	RStart;
	REnd(beforeFinalNewline:Bool);
}
