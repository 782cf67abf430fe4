abstract class Animal {
  public var name(default, null):String;
  static var registry:Array<Animal> = [];
  public function new(name:String) {
    this.name = name;
    registry.push(this);
  }
  public abstract function sound():String;
  public function speak():String return '$name says ${sound()}';
  public static function all():Array<Animal> return registry;
}

class Dog extends Animal {
  public function new(n) super(n);
  public function sound() return "woof";
  public function fetch() return '$name fetches';
}

class Puppy extends Dog {
  override public function sound() return "yip";
  override public function speak() return super.speak() + "!";
}

class Cat extends Animal {
  var lives = 9;
  public function new() super("cat");
  public function sound():String return "meow";
}

interface Visitor<R> {
  function visitNum(n:Int):R;
  function visitAdd(a:Ex, b:Ex):R;
}
interface Ex {
  function accept<R>(v:Visitor<R>):R;
}
class NumEx implements Ex {
  var n:Int;
  public function new(n) this.n = n;
  public function accept<R>(v:Visitor<R>):R return v.visitNum(n);
}
class AddEx implements Ex {
  var a:Ex; var b:Ex;
  public function new(a, b) { this.a = a; this.b = b; }
  public function accept<R>(v:Visitor<R>):R return v.visitAdd(a, b);
}
class EvalV implements Visitor<Int> {
  public function new() {}
  public function visitNum(n) return n;
  public function visitAdd(a:Ex, b:Ex) return a.accept(this) + b.accept(this);
}
class ShowV implements Visitor<String> {
  public function new() {}
  public function visitNum(n:Int) return Std.string(n);
  public function visitAdd(a:Ex, b:Ex) return '(${a.accept(this)} + ${b.accept(this)})';
}

interface HasArea { function area():Float; }
interface HasPerimeter { function perimeter():Float; }
interface Shape extends HasArea extends HasPerimeter { }
class Sq implements Shape {
  var s:Float;
  public function new(s) this.s = s;
  public function area() return s * s;
  public function perimeter() return 4 * s;
}

class Base<T> {
  var items:Array<T> = [];
  public function new() {}
  public function add(x:T):Base<T> { items.push(x); return this; }
  public function size() return items.length;
}
class Named<T:{name:String}> extends Base<T> {
  public function names() return items.map(i -> i.name);
}

class Main {
  static function main() {
    var animals:Array<Animal> = [new Dog("rex"), new Puppy("bit"), new Cat()];
    for (a in animals) trace(a.speak());
    trace(Animal.all().length);
    var d:Dog = new Puppy("p");
    trace(d.fetch(), Std.isOfType(d, Puppy), (d is Dog), Std.downcast(animals[2], Cat) != null);
    var c:Cat = cast animals[2];
    trace(c.name);
    var e = new AddEx(new NumEx(1), new AddEx(new NumEx(2), new NumEx(3)));
    trace(e.accept(new EvalV()), e.accept(new ShowV()));
    var s:Shape = new Sq(2);
    var h:HasArea = s;
    trace(h.area(), s.perimeter());
    var n = new Named<{name:String, age:Int}>();
    n.add({name: "a", age: 1}).add({name: "b", age: 2});
    trace(n.names(), n.size());
    var cls = Type.getClass(d);
    trace(Type.getClassName(cls));
    var sup = Type.getSuperClass(cls);
    trace(Type.getClassName(sup));
    var inst = Type.createInstance(Dog, ["made"]);
    trace(inst.speak());
  }
}
