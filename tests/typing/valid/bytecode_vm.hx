import haxe.io.Bytes;

enum abstract OpCode(Int) from Int to Int {
  var Push = 1;
  var Add = 2;
  var Mul = 3;
  var Jz = 4;
  var Jmp = 5;
  var Dup = 6;
  var Dec = 7;
  var Halt = 0;
  var Print = 8;
  var Swap = 9;
  var Pop = 10;
}

class Assembler {
  var buf = new haxe.io.BytesBuffer();
  public function new() {}
  public function op(o:OpCode):Assembler { buf.addByte(o); return this; }
  public function push(v:Int):Assembler { buf.addByte(Push); buf.addInt32(v); return this; }
  public function jump(o:OpCode, target:Int):Assembler { buf.addByte(o); buf.addInt32(target); return this; }
  public var pos(get, never):Int;
  function get_pos() return buf.length;
  public function build():Bytes return buf.getBytes();
}

class Vm {
  final code:Bytes;
  var pc = 0;
  var stack:Array<Int> = [];
  public var output(default, null):Array<String> = [];
  public function new(code:Bytes) this.code = code;
  inline function pop():Int return stack.pop();
  inline function push(v:Int) stack.push(v);
  function readInt():Int {
    var v = code.getInt32(pc);
    pc += 4;
    return v;
  }
  public function run(maxSteps = 10000):Int {
    var steps = 0;
    while (pc < code.length && steps++ < maxSteps) {
      var op:OpCode = code.get(pc++);
      switch op {
        case Push: push(readInt());
        case Add: push(pop() + pop());
        case Mul: push(pop() * pop());
        case Dup: var v = pop(); push(v); push(v);
        case Dec: push(pop() - 1);
        case Swap: var a = pop(), b = pop(); push(a); push(b);
        case Pop: pop();
        case Jz: var t = readInt(); if (pop() == 0) pc = t;
        case Jmp: pc = readInt();
        case Print: output.push(Std.string(stack[stack.length - 1]));
        case Halt: break;
        case other: throw 'bad opcode $other';
      }
    }
    return stack.length > 0 ? stack[stack.length - 1] : 0;
  }
}

class Main {
  static function main() {
    // factorial of 5: acc=1, n=5; loop: if n==0 halt; acc*=n; n--
    var a = new Assembler();
    a.push(1).push(5);
    var loop = a.pos;
    a.op(Dup);
    var jzAt = a.pos;
    a.jump(Jz, 0);
    a.op(Dup).op(Swap);
    a.op(Pop);
    a.op(Swap).op(Print);
    a.op(Halt);
    var code = a.build();
    var vm = new Vm(code);
    trace(vm.run(), vm.output, loop, jzAt, code.length);
    var b = Bytes.alloc(8);
    b.setInt64(0, haxe.Int64.make(1, 2));
    trace(b.getInt64(0).high, b.getUInt16(0), b.getFloat(0) != 1.0, b.toString().length);
    b.fill(0, 8, 0xFF);
    b.blit(0, Bytes.ofHex("0102"), 0, 2);
    trace(b.toHex());
  }
}
