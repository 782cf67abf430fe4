final VERSION:String = "1.2";
var counter:Int = 0;
var registry:Map<String, Shape> = [];

function register(s:Shape):Shape {
  registry[s.name] = s;
  counter++;
  return s;
}

function mapBoth<A, B>(p:{a:A, b:A}, f:A->B):{a:B, b:B} return {a: f(p.a), b: f(p.b)};

private function secret() return 42;

inline function twice(x:Float) return x * 2;

class Shape {
  public var name:String;
  public function new(n:String) { name = n; register(this); }
  public function area():Float return secret() * 0;
}

class Main {
  static function main() {
    new Shape("a");
    new Shape("b");
    trace(VERSION, counter, [for (k in registry.keys()) k].length, twice(2.5));
    trace(mapBoth({a: 1, b: 2}, x -> 'v$x'));
    counter += 10;
    trace(counter, Main.helper());
  }
  static function helper() return registry.exists("a");
}
