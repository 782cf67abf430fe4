; rayzor: 4 MIR functions lowered to LLVM IR (opaque pointers)
source_filename = "rayzor"

@rz.top = internal global ptr null
@rz.exn = internal global ptr null
declare i32 @_setjmp(ptr) #1
declare void @longjmp(ptr, i32) #2
declare void @rz_uncaught() #2
declare void @rz_trap(i32) #2

; raise a Haxe exception: pop the innermost handler record and longjmp into its invoke
define internal void @rz.throw(ptr %v) #2 {
entry:
  store ptr %v, ptr @rz.exn
  %h = load ptr, ptr @rz.top
  %none = icmp eq ptr %h, null
  br i1 %none, label %uncaught, label %jump
uncaught:
  call void @rz_uncaught()
  unreachable
jump:
  %prev = load ptr, ptr %h
  store ptr %prev, ptr @rz.top
  %buf = getelementptr i8, ptr %h, i64 16
  call void @longjmp(ptr %buf, i32 1)
  unreachable
}

define internal { i32, i32 } @split(i32 %v0) #0 {
bb0:
  %t0 = icmp eq i32 %v0, 0
  %v2 = zext i1 %t0 to i32
  br i1 %t0, label %bb1, label %bb2
bb1:
  call void @rz.throw(ptr null)
  unreachable
bb2:
  %t1 = icmp eq i32 %v0, 0
  br i1 %t1, label %rz.divz, label %bb2.d2, !prof !1
bb2.d2:
  %t3 = icmp eq i32 %v0, -1
  %t4 = select i1 %t3, i32 1, i32 %v0
  %t5 = sdiv i32 10, %t4
  %t6 = sub i32 0, 10
  %v5 = select i1 %t3, i32 %t6, i32 %t5
  %t7 = icmp eq i32 %v0, 0
  br i1 %t7, label %rz.divz, label %bb2.d2.d8, !prof !1
bb2.d2.d8:
  %t9 = icmp eq i32 %v0, -1
  %t10 = select i1 %t9, i32 1, i32 %v0
  %t11 = srem i32 10, %t10
  %v6 = select i1 %t9, i32 0, i32 %t11
  %t12 = insertvalue { i32, i32 } undef, i32 %v5, 0
  %t13 = insertvalue { i32, i32 } %t12, i32 %v6, 1
  ret { i32, i32 } %t13
rz.divz:
  call void @rz_trap(i32 0)
  unreachable
}

define internal i32 @tryBoth(i32 %v0) #0 {
bb0:
  %rz.h = alloca [64 x i64], align 16
  %t0 = load ptr, ptr @rz.top
  store ptr %t0, ptr %rz.h
  store ptr %rz.h, ptr @rz.top
  %t3 = getelementptr i8, ptr %rz.h, i64 16
  %t1 = call i32 @_setjmp(ptr %t3) #1
  %t2 = icmp eq i32 %t1, 0
  br i1 %t2, label %bb0.call, label %bb0.catch, !prof !0
bb0.call:
  %t4 = call { i32, i32 } @split(i32 %v0)
  %t5 = extractvalue { i32, i32 } %t4, 0
  %t6 = extractvalue { i32, i32 } %t4, 1
  store ptr %t0, ptr @rz.top
  br label %bb1
bb0.catch:
  %t7 = load ptr, ptr @rz.exn
  br label %bb2
bb1:
  %v2 = phi i32 [ %t5, %bb0.call ]
  %v3 = phi i32 [ %t6, %bb0.call ]
  %v4 = phi i32 [ 1000, %bb0.call ]
  %v6 = mul i32 %v2, 100
  %v7 = add i32 %v6, %v3
  %v8 = add i32 %v7, %v4
  ret i32 %v8
bb2:
  %v9 = phi ptr [ %t7, %bb0.catch ]
  ret i32 -1
}

define internal i32 @inner(i32 %v0) #0 {
bb0:
  %rz.h = alloca [64 x i64], align 16
  %t0 = load ptr, ptr @rz.top
  store ptr %t0, ptr %rz.h
  store ptr %rz.h, ptr @rz.top
  %t3 = getelementptr i8, ptr %rz.h, i64 16
  %t1 = call i32 @_setjmp(ptr %t3) #1
  %t2 = icmp eq i32 %t1, 0
  br i1 %t2, label %bb0.call, label %bb0.catch, !prof !0
bb0.call:
  %t4 = call { i32, i32 } @split(i32 0)
  %t5 = extractvalue { i32, i32 } %t4, 0
  %t6 = extractvalue { i32, i32 } %t4, 1
  store ptr %t0, ptr @rz.top
  br label %bb1
bb0.catch:
  %t7 = load ptr, ptr @rz.exn
  br label %bb2
bb1:
  %v2 = phi i32 [ %t5, %bb0.call ]
  %v3 = phi i32 [ %t6, %bb0.call ]
  ret i32 %v2
bb2:
  %v4 = phi ptr [ %t7, %bb0.catch ]
  %t8 = call { i32, i32 } @split(i32 %v0)
  %v5 = extractvalue { i32, i32 } %t8, 0
  %v6 = extractvalue { i32, i32 } %t8, 1
  ret i32 %v5
}

define internal i32 @nested(i32 %v0) #0 {
bb0:
  %rz.h = alloca [64 x i64], align 16
  %t0 = load ptr, ptr @rz.top
  store ptr %t0, ptr %rz.h
  store ptr %rz.h, ptr @rz.top
  %t3 = getelementptr i8, ptr %rz.h, i64 16
  %t1 = call i32 @_setjmp(ptr %t3) #1
  %t2 = icmp eq i32 %t1, 0
  br i1 %t2, label %bb0.call, label %bb0.catch, !prof !0
bb0.call:
  %t4 = call i32 @inner(i32 %v0)
  store ptr %t0, ptr @rz.top
  br label %bb1
bb0.catch:
  %t5 = load ptr, ptr @rz.exn
  br label %bb2
bb1:
  %v1 = phi i32 [ %t4, %bb0.call ]
  ret i32 %v1
bb2:
  %v2 = phi ptr [ %t5, %bb0.catch ]
  ret i32 -7
}

attributes #0 = { nounwind null_pointer_is_valid }
attributes #1 = { returns_twice }
attributes #2 = { noreturn nounwind cold }
attributes #3 = { alwaysinline nounwind }

!0 = !{!"branch_weights", i32 2000, i32 1}
!1 = !{!"branch_weights", i32 1, i32 2000}
