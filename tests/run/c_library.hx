// library model: books, members, loans with exceptions, enums, maps, sorting
enum Genre { Fiction; Science; History; Other(tag:String); }
enum LoanResult { Ok(due:Int); Denied(reason:String); }

class LibraryError extends haxe.Exception {
  public var code(default, null):Int;
  public function new(msg:String, code:Int) { super(msg); this.code = code; }
}
class NotFound extends LibraryError {
  public function new(what:String) super('not found: $what', 404);
}

class Book {
  public var isbn(default, null):String;
  public var title:String;
  public var genre:Genre;
  public var year:Int;
  public var available = true;
  public function new(isbn, title, genre, year) { this.isbn = isbn; this.title = title; this.genre = genre; this.year = year; }
  public function toString() return '"$title" ($year)';
}

class Member {
  public var name:String;
  public var loans:Array<Book> = [];
  public var limit(get, never):Int;
  var premium:Bool;
  public function new(name:String, premium = false) { this.name = name; this.premium = premium; }
  function get_limit() return premium ? 3 : 1;
}

class Library {
  var books = new Map<String, Book>();
  var members:Map<String, Member> = [];
  var log:Array<String> = [];
  public var day = 0;
  public function new() {}
  public function addBook(b:Book) { books[b.isbn] = b; return this; }
  public function join(m:Member) members.set(m.name, m);
  function member(n:String):Member { var m = members[n]; if (m == null) throw new NotFound("member " + n); return m; }
  function book(i:String):Book return switch books.get(i) { case null: throw new NotFound("book " + i); case b: b; }
  public function lend(who:String, isbn:String):LoanResult {
    var m = member(who), b = book(isbn);
    if (!b.available) return Denied('${b.title} is out');
    if (m.loans.length >= m.limit) return Denied('$who at limit ${m.limit}');
    b.available = false; m.loans.push(b); log.push('$day: $who took ${b.isbn}');
    return Ok(day + 14);
  }
  public function giveBack(who:String, isbn:String) {
    var m = member(who);
    var b = Lambda.find(m.loans, x -> x.isbn == isbn);
    if (b == null) throw new LibraryError('$who does not have $isbn', 400);
    m.loans.remove(b); b.available = true;
  }
  public function byGenre():Map<String, Array<String>> {
    var out = new Map<String, Array<String>>();
    for (b in books) {
      var key = switch b.genre { case Other(t): 'other:$t'; case g: Std.string(g).toLowerCase(); };
      if (!out.exists(key)) out[key] = [];
      out[key].push(b.title);
    }
    for (v in out) v.sort(Reflect.compare);
    return out;
  }
  public function sortedBooks(cmp:Book->Book->Int) { var a = Lambda.array(books); a.sort(cmp); return a; }
}

class Main {
  static function main() {
    var lib = new Library();
    lib.addBook(new Book("111", "Dune", Fiction, 1965)).addBook(new Book("222", "Cosmos", Science, 1980))
       .addBook(new Book("333", "SPQR", History, 2015)).addBook(new Book("444", "Emma", Fiction, 1815))
       .addBook(new Book("555", "Knots", Other("craft"), 2001));
    lib.join(new Member("ann", true)); lib.join(new Member("bob"));
    var reqs = [["ann", "111"], ["bob", "111"], ["bob", "222"], ["bob", "333"], ["ann", "444"], ["cy", "555"], ["ann", "999"]];
    for (r in reqs) {
      lib.day++;
      try {
        switch lib.lend(r[0], r[1]) {
          case Ok(d): trace('${r[0]} borrowed ${r[1]} due day $d');
          case Denied(why): trace('denied: $why');
        }
      } catch (e:NotFound) {
        trace('${e.code} ${e.message}');
      }
    }
    try lib.giveBack("bob", "111") catch (e:LibraryError) trace('error ${e.code}: ${e.message}');
    lib.giveBack("ann", "111");
    trace(lib.lend("bob", "111").match(Denied(_)), lib.lend("ann", "111"));
    var g = lib.byGenre();
    var keys = [for (k in g.keys()) k]; keys.sort(Reflect.compare);
    for (k in keys) trace(StringTools.rpad(k, " ", 12) + "| " + g[k].join(", "));
    trace(lib.sortedBooks((a, b) -> a.year - b.year).join(" < "));
    trace(lib.sortedBooks((a, b) -> Reflect.compare(b.title, a.title)).map(b -> b.title.charAt(0)).join(""));
    var e:haxe.Exception = new NotFound("x");
    trace(Std.isOfType(e, LibraryError), Std.isOfType(e, NotFound), e.message, (e is LibraryError));
    try throw new NotFound("y") catch (e:haxe.Exception) { trace(Type.getClassName(Type.getClass(e)), e.toString()); }
  }
}
