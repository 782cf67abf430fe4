; rayzor: 4 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"


define internal i32 @wrapAdd(i32 %v0, i32 %v1) #0 {
bb0:
  %v2 = add i32 %v0, %v1
  ret i32 %v2
}

define internal i32 @wrapMul(i32 %v0, i32 %v1) #0 {
bb0:
  %v2 = mul i32 %v0, %v1
  ret i32 %v2
}

define internal i32 @shifts(i32 %v0, i32 %v1) #0 {
bb0:
  %t0 = and i32 %v1, 31
  %v2 = shl i32 %v0, %t0
  %t1 = and i32 %v1, 31
  %v3 = ashr i32 %v0, %t1
  %t2 = and i32 %v1, 31
  %v4 = lshr i32 %v0, %t2
  %v5 = xor i32 %v2, %v3
  %v6 = or i32 %v5, %v4
  %v8 = shl i32 %v6, 1
  ret i32 %v8
}

define internal i64 @long(i64 %v0, i64 %v1) #0 {
bb0:
  %v2 = mul i64 %v0, %v1
  %v4 = lshr i64 %v2, 1
  %v5 = sub i64 %v4, %v1
  %v6 = and i64 %v5, %v0
  %v7 = add i64 %v6, %v2
  ret i64 %v7
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
