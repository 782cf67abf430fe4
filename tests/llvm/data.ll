; rayzor: 3 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"

@rz.data = internal global [24 x i8] c"hi\00\00\00\00\00\00\00\00\00\00\00\00\00\00\07\00\00\00\00\00\00\00", align 16
@rz.relocs = internal constant [1 x i32] [i32 8]

define internal i32 @secondChar() #0 {
bb0:
  %t0 = getelementptr i8, ptr @rz.data, i64 1
  %t1 = load i8, ptr %t0, align 1
  %v1 = zext i8 %t1 to i32
  ret i32 %v1
}

define internal i32 @reloc() #0 {
bb0:
  %v1 = load ptr, ptr getelementptr inbounds (i8, ptr @rz.data, i64 8), align 1
  %t0 = icmp eq ptr %v1, @rz.data
  %v3 = zext i1 %t0 to i32
  ret i32 %v3
}

define internal i32 @counter() #0 {
bb0:
  %v1 = load i32, ptr getelementptr inbounds (i8, ptr @rz.data, i64 16), align 1
  %v3 = add i32 %v1, 1
  store i32 %v3, ptr getelementptr inbounds (i8, ptr @rz.data, i64 16), align 1
  %v4 = load i32, ptr getelementptr inbounds (i8, ptr @rz.data, i64 16), align 1
  ret i32 %v4
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
