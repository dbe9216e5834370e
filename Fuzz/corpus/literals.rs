let a = 6_000u64 + 0xFF_u8 as u64 + 0o17 + 0b1010_i32 as u64;
let s = "text \" \u{41} \x42"; let r = r#"raw "quoted""#; let b = b"bytes"; let br = br##"x"##;
let c = c"cstr"; let ch = '\''; let l: &'static str = "x"; let by = b'x'; let f = 1.5e-3f64;
/* outer /* nested */ comment */ /// doc
//! inner doc
