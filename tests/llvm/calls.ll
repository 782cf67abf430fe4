; rayzor: 5 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"

declare double @rayzor_host_pow(double, double)
declare void @rz_trap(i32) #2

define internal i32 @Main.fib(i32 %v0) #0 {
bb0:
  %t0 = icmp slt i32 %v0, 2
  %v2 = zext i1 %t0 to i32
  br i1 %t0, label %bb1, label %bb2
bb1:
  ret i32 %v0
bb2:
  %v4 = sub i32 %v0, 1
  %v5 = call i32 @Main.fib.rec(i32 %v4)
  %v7 = sub i32 %v0, 2
  %v8 = call i32 @Main.fib.rec(i32 %v7)
  %v9 = add i32 %v5, %v8
  ret i32 %v9
}

define internal i32 @Main.fib.rec(i32 %v0) #0 {
bb0:
  %t0 = icmp slt i32 %v0, 2
  %v2 = zext i1 %t0 to i32
  br i1 %t0, label %bb1, label %bb2
bb1:
  ret i32 %v0
bb2:
  %v4 = sub i32 %v0, 1
  %v5 = call i32 @Main.fib(i32 %v4)
  %v7 = sub i32 %v0, 2
  %v8 = call i32 @Main.fib(i32 %v7)
  %v9 = add i32 %v5, %v8
  ret i32 %v9
}

define internal { i32, i32 } @divmod(i32 %v0, i32 %v1) #0 {
bb0:
  %t0 = icmp eq i32 %v1, 0
  br i1 %t0, label %rz.divz, label %bb0.d1, !prof !1
bb0.d1:
  %t2 = icmp eq i32 %v1, -1
  %t3 = select i1 %t2, i32 1, i32 %v1
  %t4 = sdiv i32 %v0, %t3
  %t5 = sub i32 0, %v0
  %v2 = select i1 %t2, i32 %t5, i32 %t4
  %t6 = icmp eq i32 %v1, 0
  br i1 %t6, label %rz.divz, label %bb0.d1.d7, !prof !1
bb0.d1.d7:
  %t8 = icmp eq i32 %v1, -1
  %t9 = select i1 %t8, i32 1, i32 %v1
  %t10 = srem i32 %v0, %t9
  %v3 = select i1 %t8, i32 0, i32 %t10
  %t11 = insertvalue { i32, i32 } undef, i32 %v2, 0
  %t12 = insertvalue { i32, i32 } %t11, i32 %v3, 1
  ret { i32, i32 } %t12
rz.divz:
  call void @rz_trap(i32 0)
  unreachable
}

define internal i32 @useDivmod(i32 %v0) #0 {
bb0:
  %t0 = call { i32, i32 } @divmod(i32 %v0, i32 10)
  %v2 = extractvalue { i32, i32 } %t0, 0
  %v3 = extractvalue { i32, i32 } %t0, 1
  %v5 = mul i32 %v3, 100
  %v6 = add i32 %v5, %v2
  ret i32 %v6
}

define internal double @power(double %v0) #0 {
bb0:
  %v2 = call double @rayzor_host_pow(double %v0, double 0x3FE0000000000000)
  ret double %v2
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
