interface Observer<T> { function notify(v:T):Void; }

class Observable<T> {
  var obs:Array<Observer<T>> = [];
  var fns:Array<T->Void> = [];
  public var onChange:Null<T->Void>;
  public var value(default, set):T;
  public function new(v:T) { value = v; }
  function set_value(v:T):T {
    value = v;
    for (o in obs) o.notify(v);
    for (f in fns) f(v);
    if (onChange != null) onChange(v);
    return v;
  }
  public function subscribe(o:Observer<T>) { obs.push(o); return this; }
  public function map<U>(f:T->U):Observable<U> {
    var out = new Observable<U>(f(value));
    fns.push(v -> out.value = f(v));
    return out;
  }
}

class Recorder<T> implements Observer<T> {
  public var seen:Array<String> = [];
  var prefix:String;
  public function new(p) prefix = p;
  public function notify(v:T) seen.push(prefix + v);
}

class Button {
  public var label:String;
  public var clicks(default, null) = 0;
  public var handler:Button->Void;
  public dynamic function format():String return '[$label]';
  public function new(label:String, ?onClick:Button->Void) {
    this.label = label;
    handler = onClick != null ? onClick : b -> trace("default click on " + b.label);
  }
  public function click() { clicks++; handler(this); }
}

class Main {
  static function compose<A, B, C>(f:A->B, g:B->C):A->C return x -> g(f(x));
  static function curry(a:Int):Int->(Int->Int) return b -> c -> a * 100 + b * 10 + c;
  static function main() {
    var temp = new Observable<Float>(20);
    var rec = new Recorder<Float>("t=");
    temp.subscribe(rec);
    var f = temp.map(c -> c * 9 / 5 + 32);
    var label = f.map(x -> x > 80 ? "hot" : "mild");
    var log = [];
    label.onChange = s -> log.push(s);
    for (v in [25.0, 30, 26.5, 31]) temp.value = v;
    trace(rec.seen, f.value, label.value, log);
    var b1 = new Button("ok"), b2 = new Button("save", b -> trace('saving (${b.clicks})'));
    b1.click(); b2.click(); b2.click();
    b2.format = () -> "<" + b2.label.toUpperCase() + ">";
    trace(b1.format(), b2.format(), b1.clicks + b2.clicks);
    var h = b1.handler; b1.handler = b -> { trace("wrapped"); h(b); }; b1.click();
    var inc = (x:Int) -> x + 1, dbl = (x:Int) -> x * 2;
    var both = compose(inc, dbl), str = compose(both, i -> "#" + i);
    trace(both(3), str(4), curry(1)(2)(3), [1, 2, 3].map(compose(dbl, Std.string)));
    var fns:Array<Void->String> = [];
    for (i in 0...3) { var label = "f" + i; fns.push(function() return label + ":" + i); }
    var k = 0;
    while (k < 2) { var kk = k; fns.push(() -> "w" + kk); k++; }
    trace([for (fn in fns) fn()]);
    var counter = { var n = 0; { inc: () -> ++n, get: () -> n }; };
    counter.inc(); counter.inc();
    trace(counter.get());
    var add = Reflect.makeVarArgs(args -> { var s = 0; for (a in args) s += a; return s; });
    trace(add(1, 2, 3), Reflect.callMethod(null, inc, [41]), Reflect.isFunction(inc), Reflect.isFunction(3));
  }
}
