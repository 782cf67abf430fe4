class Animal {
  public function new() {}
  public function clone():Animal return new Animal();
  public function greet(other:Dog):String return "hi";
  public function name():String return "animal";
}
class Dog extends Animal {
  override public function clone():Dog return new Dog();
  override public function greet(other:Animal):String return "woof";
  override function name() return "dog";
}

interface Source<T> { function next():Null<T>; }
interface Sink<T> { function put(v:T):Void; }
interface Sized { var size(get, never):Int; }
interface Labeled { var label(default, null):String; }

class Buffer<T> implements Source<T> implements Sink<T> implements Sized {
  var data:Array<T> = [];
  public var size(get, never):Int;
  public function new() {}
  function get_size() return data.length;
  public function next():Null<T> return data.shift();
  public function put(v:T) data.push(v);
}

class Base {
  public function put(v:Int) trace('put $v');
  public function new() {}
}
class Derived extends Base implements Sink<Int> {}

interface Shape { function area():Float; function name():String; }
abstract class NamedShape implements Shape {
  public function name() return "shape";
}
class Square extends NamedShape {
  var s:Float;
  public function new(s) { this.s = s; }
  public function area() return s * s;
}

class Tag implements Labeled {
  public var label(default, null):String;
  public function new(l) label = l;
}

interface Factory { function create():Animal; }
class DogFactory implements Factory {
  public function new() {}
  public function create():Dog return new Dog();
}

class Main {
  static function main() {
    var d = new Dog();
    var c:Dog = d.clone();
    trace(c.name(), d.greet(new Animal()));
    var b = new Buffer<String>();
    b.put("a"); b.put("b");
    var src:Source<String> = b;
    var sink:Sink<String> = b;
    sink.put("c");
    trace(src.next(), b.size);
    var s:Sink<Int> = new Derived();
    s.put(3);
    var sh:Shape = new Square(3);
    trace(sh.area(), sh.name());
    var lab:Labeled = new Tag("t");
    trace(lab.label);
    var f:Factory = new DogFactory();
    trace(f.create().name());
  }
}
