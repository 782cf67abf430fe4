; rayzor: 5 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"

declare void @rz_trap(i32) #2

define internal i32 @div(i32 %v0, i32 %v1) #0 {
bb0:
  %t0 = icmp eq i32 %v1, 0
  br i1 %t0, label %rz.divz, label %bb0.d1, !prof !1
bb0.d1:
  %t2 = icmp eq i32 %v1, -1
  %t3 = select i1 %t2, i32 1, i32 %v1
  %t4 = sdiv i32 %v0, %t3
  %t5 = sub i32 0, %v0
  %v2 = select i1 %t2, i32 %t5, i32 %t4
  ret i32 %v2
rz.divz:
  call void @rz_trap(i32 0)
  unreachable
}

define internal i32 @rem(i32 %v0, i32 %v1) #0 {
bb0:
  %t0 = icmp eq i32 %v1, 0
  br i1 %t0, label %rz.divz, label %bb0.d1, !prof !1
bb0.d1:
  %t2 = icmp eq i32 %v1, -1
  %t3 = select i1 %t2, i32 1, i32 %v1
  %t4 = srem i32 %v0, %t3
  %v2 = select i1 %t2, i32 0, i32 %t4
  ret i32 %v2
rz.divz:
  call void @rz_trap(i32 0)
  unreachable
}

define internal i32 @udivrem(i32 %v0, i32 %v1) #0 {
bb0:
  %t0 = icmp eq i32 %v1, 0
  br i1 %t0, label %rz.divz, label %bb0.d1, !prof !1
bb0.d1:
  %v2 = udiv i32 %v0, %v1
  %t2 = icmp eq i32 %v1, 0
  br i1 %t2, label %rz.divz, label %bb0.d1.d3, !prof !1
bb0.d1.d3:
  %v3 = urem i32 %v0, %v1
  %v5 = mul i32 %v2, 1000
  %v6 = add i32 %v5, %v3
  ret i32 %v6
rz.divz:
  call void @rz_trap(i32 0)
  unreachable
}

define internal i32 @byConst(i32 %v0) #0 {
bb0:
  %v2 = sdiv i32 %v0, 7
  %v3 = srem i32 %v0, 7
  %t0 = icmp eq i32 -1, -1
  %t1 = select i1 %t0, i32 1, i32 -1
  %t2 = sdiv i32 %v0, %t1
  %t3 = sub i32 0, %v0
  %v5 = select i1 %t0, i32 %t3, i32 %t2
  %v6 = add i32 %v2, %v3
  %v7 = add i32 %v6, %v5
  ret i32 %v7
}

define internal i64 @ldiv(i64 %v0, i64 %v1) #0 {
bb0:
  %t0 = icmp eq i64 %v1, 0
  br i1 %t0, label %rz.divz, label %bb0.d1, !prof !1
bb0.d1:
  %t2 = icmp eq i64 %v1, -1
  %t3 = select i1 %t2, i64 1, i64 %v1
  %t4 = sdiv i64 %v0, %t3
  %t5 = sub i64 0, %v0
  %v2 = select i1 %t2, i64 %t5, i64 %t4
  ret i64 %v2
rz.divz:
  call void @rz_trap(i32 0)
  unreachable
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
