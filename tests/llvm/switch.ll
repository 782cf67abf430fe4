; rayzor: 3 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"


define internal i32 @classify(i32 %v0) #0 {
bb0:
  switch i32 %v0, label %bb3 [ i32 0, label %bb0.e0 i32 1, label %bb0.e1 i32 2, label %bb2 i32 3, label %bb2 i32 7, label %bb0.e2 ]
bb0.e0:
  br label %bb1
bb0.e1:
  br label %bb1
bb0.e2:
  br label %bb1
bb1:
  %v4 = phi i32 [ 10, %bb0.e0 ], [ 20, %bb0.e1 ], [ 30, %bb0.e2 ]
  %v6 = add i32 %v4, 1
  ret i32 %v6
bb2:
  ret i32 99
bb3:
  ret i32 -1
}

define internal i32 @wide(i64 %v0) #0 {
bb0:
  switch i64 %v0, label %bb3 [ i64 -1, label %bb1 i64 4294967296, label %bb2 ]
bb1:
  ret i32 1
bb2:
  ret i32 2
bb3:
  ret i32 3
}

define internal i32 @pick(i32 %v0) #0 {
bb0:
  %t0 = icmp ne i32 %v0, 0
  br i1 %t0, label %bb0.e1, label %bb0.e2
bb0.e1:
  br label %bb1
bb0.e2:
  br label %bb1
bb1:
  %v3 = phi i32 [ 5, %bb0.e1 ], [ 6, %bb0.e2 ]
  ret i32 %v3
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
