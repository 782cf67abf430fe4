class Shape {
  public var name(default, null):String;
  public var area(get, never):Float;
  var sides:Int;
  public static var count(default, null):Int = 0;
  @:isVar public var label(get, set):String;

  public function new(name:String, sides:Int) {
    this.name = name;
    this.sides = sides;
    count++;
    label = "L" + name;
  }
  function get_area():Float return 0.0;
  function get_label():String return label;
  function set_label(v:String):String return label = v.toUpperCase();
  public function describe():String return '$name with $sides sides, area ${Math.round(area * 100) / 100}';
}

class Circle extends Shape {
  public var r:Float;
  public function new(r:Float) {
    super("circle", 0);
    this.r = r;
  }
  override function get_area():Float return Math.PI * r * r;
  override public function describe():String return "Circle: " + super.describe();
}

class Rect extends Shape {
  public final w:Float;
  public final h:Float;
  public function new(w, h) {
    super("rect", 4);
    this.w = w;
    this.h = h;
  }
  override function get_area() return w * h;
}

interface Named {
  var name(default, null):String;
  function greet(other:String):String;
}

class Person implements Named {
  public var name(default, null):String;
  public function new(n) name = n;
  public function greet(other:String) return 'Hi $other, I am $name';
}

class Counter {
  static var instances = 0;
  public var value(default, set):Int = 0;
  function set_value(v:Int) {
    if (v < 0) v = 0;
    return value = v;
  }
  public function new() instances++;
  public static function total() return instances;
}

class Main {
  static function main() {
    var shapes:Array<Shape> = [new Circle(1.5), new Rect(2, 3)];
    for (s in shapes) trace(s.describe());
    trace(Shape.count);
    var c = new Circle(2);
    c.label = "big";
    trace(c.label);
    var p:Named = new Person("Ann");
    trace(p.greet("Bob"));
    var k = new Counter();
    k.value = -5;
    k.value += 3;
    k.value++;
    trace(k.value, Counter.total());
    var r = new Rect(1, 2);
    trace(r.w + r.h);
  }
}
