using Lambda;
using StringTools;

class Main {
  static function main() {
    var a = [3, 1, 2];
    var l = Lambda.list(a);
    trace(a.array(), l.length, a.map(x -> x * 2), a.mapi((i, x) -> i + x), [[1], [2, 3]].flatten(), a.flatMap(x -> [x, x]));
    trace(a.has(2), a.exists(x -> x > 2), a.foreach(x -> x > 0), a.filter(x -> x != 1), a.fold((x, acc) -> acc + x, 0));
    trace(a.foldi((x, acc, i) -> acc + x * i, 0), a.count(), a.count(x -> x > 1), a.empty(), a.indexOf(2), a.find(x -> x > 1), a.findIndex(x -> x == 2), a.concat([9]));
    a.iter(x -> {});
    var s = "Hello World";
    trace(s.urlEncode(), "a%20b".urlDecode(), "<&>".htmlEscape(true), "&lt;".htmlUnescape(), s.contains("lo"), s.startsWith("He"), s.endsWith("ld"));
    trace(s.isSpace(5), "  x ".trim(), " x".ltrim(), "x ".rtrim(), "7".lpad("0", 3), "7".rpad("-", 3), s.replace("o", "0"), StringTools.hex(255, 4));
    trace(s.fastCodeAt(0), StringTools.unsafeCodeAt(s, 1), StringTools.isEof(s.fastCodeAt(100)), "a b".quoteUnixArg(), "a b".quoteWinArg(true));
    for (c in s.iterator()) {}
    for (i => c in s.keyValueIterator()) {}
    var sb = new StringBuf();
    sb.add(1.5); sb.addChar(65); sb.addSub("xyz", 1); sb.addSub("xyz", 0, 1);
    trace(sb.length, sb.toString());
    trace(s.charAt(0), s.charCodeAt(0), s.indexOf("o", 5), s.lastIndexOf("o", 5), s.split(" "), s.substr(1, 3), s.substring(3), s.toLowerCase(), s.toUpperCase(), s.toString(), String.fromCharCode(66), s.length);
    trace(Math.abs(-1), Math.acos(1), Math.asin(0), Math.atan(0), Math.atan2(1, 1), Math.ceil(1.1), Math.cos(0), Math.exp(0), Math.floor(1.9), Math.log(1), Math.max(1, 2), Math.min(1, 2), Math.pow(2, 3), Math.random() < 1, Math.round(1.5), Math.sin(0), Math.sqrt(4), Math.tan(0));
    trace(Math.ffloor(1.5), Math.fceil(1.5), Math.fround(1.5), Math.isFinite(1), Math.isNaN(Math.NaN), Math.PI, Math.NEGATIVE_INFINITY < 0);
    trace(Std.string(1), Std.int(1.7), Std.parseInt("0x1F"), Std.parseFloat("1e3"), Std.random(5) < 5, Std.isOfType("s", String), Std.downcast(s, String));
    var arr = [5, 4];
    arr.sort(Reflect.compare);
    trace(arr.join("|"), arr.toString(), arr.copy(), arr.contains(4), arr.filter(x -> x > 4), arr.indexOf(4, 0), arr.lastIndexOf(5, 1), arr.iterator().hasNext(), arr.keyValueIterator().hasNext());
    trace(arr.map(x -> x), arr.pop(), arr.push(1), arr.remove(9), arr.shift(), arr.slice(0), arr.splice(0, 1), arr.concat([1]));
    arr.insert(1, 9); arr.reverse(); arr.unshift(3); arr.resize(3);
    var m = ["a" => 1];
    trace(m.exists("a"), m.get("a"), m.remove("a"), m.keys().hasNext(), m.iterator().hasNext(), m.keyValueIterator().hasNext(), m.copy(), m.toString());
    m.set("b", 2); m.clear();
  }
}
