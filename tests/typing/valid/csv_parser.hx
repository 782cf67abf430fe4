using StringTools;

typedef Row = Map<String, String>;

class Csv {
  public static function parseLine(line:String, sep = ","):Array<String> {
    var out = [];
    var cur = new StringBuf();
    var inQ = false;
    var i = 0;
    while (i < line.length) {
      var ch = line.charAt(i);
      if (inQ) {
        if (ch == '"') {
          if (i + 1 < line.length && line.charAt(i + 1) == '"') { cur.add('"'); i++; }
          else inQ = false;
        } else cur.add(ch);
      } else switch ch {
        case '"': inQ = true;
        case c if (c == sep): out.push(cur.toString()); cur = new StringBuf();
        case c: cur.add(c);
      }
      i++;
    }
    out.push(cur.toString());
    return out;
  }
  public static function parse(text:String):Array<Row> {
    var lines = text.split("\n").map(l -> l.trim()).filter(l -> l.length > 0);
    if (lines.length == 0) return [];
    var header = parseLine(lines.shift());
    return [for (l in lines) {
      var cells = parseLine(l);
      [for (i in 0...header.length) header[i] => (i < cells.length ? cells[i] : "")];
    }];
  }
}

class Main {
  static function main() {
    var rows = Csv.parse('name,age,city\n"Smith, J",42,"NY"\nAnn,31,"say ""hi"""\n');
    for (r in rows) trace(r["name"] + "|" + r["age"] + "|" + r.get("city"));
    var ages = rows.map(r -> Std.parseInt(r["age"]));
    var total = 0;
    for (a in ages) if (a != null) total += a;
    trace(total);
    var byCity = new Map<String, Array<String>>();
    for (r in rows) {
      var city = r["city"];
      if (!byCity.exists(city)) byCity[city] = [];
      byCity[city].push(r["name"]);
    }
    trace([for (k => v in byCity) '$k:${v.length}']);
  }
}
