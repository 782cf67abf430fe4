using StringTools;
using Lambda;

class Main {
  static final STOP = ["the", "a", "of", "and"];
  static function words(text:String):Array<String> {
    var re = ~/[A-Za-z']+/g;
    var out = [];
    var pos = 0;
    while (re.matchSub(text, pos)) {
      var m = re.matchedPos();
      out.push(re.matched(0).toLowerCase());
      pos = m.pos + m.len;
    }
    return out;
  }
  static function main() {
    var text = "The quick brown fox jumps over the lazy dog. The dog sleeps; the fox runs! A fox's life.";
    var freq = new Map<String, Int>();
    for (w in words(text)) {
      if (STOP.contains(w)) continue;
      freq[w] = freq.exists(w) ? freq[w] + 1 : 1;
    }
    var entries = [for (k => v in freq) {word: k, count: v}];
    entries.sort((a, b) -> b.count != a.count ? b.count - a.count : Reflect.compare(a.word, b.word));
    for (e in entries.slice(0, 3)) trace('${e.word.rpad(" ", 8)}${e.count}');
    var longest = entries.fold((e, best:String) -> e.word.length > best.length ? e.word : best, "");
    trace(longest);
    var caps = ~/\b(\w)/g.map("hello big world", r -> r.matched(1).toUpperCase());
    trace(caps);
    var csv = text.split(" ").filter(w -> w.endsWith(".")).map(w -> w.substr(0, w.length - 1));
    trace(csv);
    var total = freq.count();
    trace(total, freq.array().length);
    var initials = [for (w in words(text)) w.charAt(0)].join("");
    trace(initials.length);
    var replaced = text.replace("fox", "cat").split(".").map(s -> s.trim()).filter(s -> s != "");
    trace(replaced.length);
    var padded = [for (i in 1...4) Std.string(i).lpad("0", 3)];
    trace(padded);
    trace("a\tb".contains("\t"), " x ".ltrim(), " x ".rtrim() + "|", "abc".charCodeAt(0), StringTools.quoteUnixArg("a b"));
  }
}
