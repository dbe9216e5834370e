import Testing

@testable import RustSyntax

/// Evaluates one expression in an empty crate.
func evaluateExpression(
    _ source: String, type: String? = nil, environment: CfgEnvironment = CfgEnvironment()
) -> ConstValue {
    let crate = CrateSource.parse(name: "empty", source: "", environment: environment)
    return ConstEvaluator(crate: crate).evaluate(expression: Lexer.tokenize(source), typeName: type).value
}

@Suite struct ExpressionEvaluationTests {
    static let integerCases: [(String, String?, Int128)] = [
        ("6_000u64", nil, 6000),
        ("0xFF + 0o17 + 0b11", nil, 273),
        ("(1 + 2) * 3 - 4 / 2 % 3", nil, 7),
        ("1 << 10 | 3", nil, 1027),
        ("256 >> 2", nil, 64),
        ("0xF0 & 0x3C ^ 1", nil, 49),
        ("-5 + 2", nil, -3),
        ("!0u8", nil, 255),
        ("!0", "u16", 65535),
        ("!5i32", nil, -6),
        ("300 as u8", nil, 44),
        ("-1i32 as u32", nil, 4_294_967_295),
        ("u32::MAX as u64 + 1", nil, 4_294_967_296),
        ("5_000_000_000u64 as u32", nil, 705_032_704),
        ("true as u8 + 1", nil, 2),
        ("u64::MAX.saturating_add(1)", nil, 18_446_744_073_709_551_615),
        ("10u32.saturating_sub(20)", nil, 0),
        ("10.saturating_sub(20)", "u64", 0),
        ("u32::MAX.saturating_mul(2)", nil, 4_294_967_295),
        ("7u32.saturating_div(2)", nil, 3),
        ("2u64.saturating_pow(3)", nil, 8),
        ("i8::MIN.saturating_sub(1)", nil, -128),
        ("5u32.checked_mul(3).unwrap()", nil, 15),
        ("u32::MAX.checked_add(1).unwrap_or(9)", nil, 9),
        ("100u32.checked_div(7).expect(\"non-zero\")", nil, 14),
        ("250u8.wrapping_add(10)", nil, 4),
        ("10.min(3)", nil, 3),
        ("10.max(3)", nil, 10),
        ("core::cmp::max(4u32, 9)", nil, 9),
        ("sp_std::cmp::min(4, 9)", nil, 4),
        ("2u32.pow(10)", nil, 1024),
        ("{ 10 / 2 }", nil, 5),
        ("const { 3 * 3 }", nil, 9),
        ("if 1 > 2 { 5 } else { 6 }", nil, 6),
        ("if false { 1 } else if true { 2 } else { 3 }", nil, 2),
        ("u32::from(7u8)", nil, 7),
        ("u8::try_from(300u32).unwrap_or(1)", nil, 1),
        ("(((((1)))))", nil, 1),
        ("Perbill::from_percent(75) * 1000u64", nil, 750),
        ("Perbill::from_percent(50).mul_floor(7u32)", nil, 3),
        ("Weight::from_parts(1_000, 64).ref_time()", nil, 1000),
        ("Duration::from_secs(2).as_millis()", nil, 2000),
        ("i128::MIN + 1", nil, Int128.min + 1),
        ("b'a' as u32", nil, 97),
    ]

    @Test(arguments: integerCases)
    func integerExpressions(source: String, type: String?, expected: Int128) {
        #expect(evaluateExpression(source, type: type) == .integer(expected), "\(source)")
    }

    @Test func booleansAndComparisons() {
        #expect(evaluateExpression("1 < 2 && 3 >= 3") == .bool(true))
        #expect(evaluateExpression("4 >> 1 == 2 || false") == .bool(true))
        #expect(evaluateExpression("!true") == .bool(false))
        #expect(evaluateExpression("\"a\" == \"a\"") == .bool(true))
        #expect(
            evaluateExpression("cfg!(feature = \"fast\")", environment: CfgEnvironment(features: ["fast"]))
                == .bool(true))
        #expect(evaluateExpression("cfg!(not(feature = \"fast\"))") == .bool(true))
        #expect(evaluateExpression("cfg!(target_os = \"linux\")").isKnown == false)
    }

    @Test func sdkValueTypes() {
        #expect(evaluateExpression("Duration::from_millis(1500)") == .duration(milliseconds: 1500))
        #expect(evaluateExpression("core::time::Duration::from_secs(2)") == .duration(milliseconds: 2000))
        #expect(evaluateExpression("Duration::from_micros(1500)").isKnown == false)
        #expect(evaluateExpression("SlotDuration::from_millis(6000)") == .duration(milliseconds: 6000))
        #expect(evaluateExpression("Weight::from_parts(1_000, 64)") == .weight(refTime: 1000, proofSize: 64))
        #expect(evaluateExpression("Weight::from_ref_time(5)") == .weight(refTime: 5, proofSize: 0))
        #expect(
            evaluateExpression("Weight::from_parts(10, 4).saturating_mul(3).set_proof_size(1)")
                == .weight(refTime: 30, proofSize: 1))
        #expect(evaluateExpression("Perbill::from_percent(75)") == .perbill(750_000_000))
        #expect(evaluateExpression("Permill::from_parts(250_000)") == .perbill(250_000_000))
        #expect(evaluateExpression("Percent::from_percent(150)") == .perbill(1_000_000_000))
        #expect(
            evaluateExpression("Perbill::from_percent(10) * Weight::from_parts(1000, 20)")
                == .weight(refTime: 100, proofSize: 2))
    }

    @Test func unknownsCarryReasonsInsteadOfGuesses() throws {
        let cases: [(String, String)] = [
            ("u64::MAX + 1", "does not fit u64"),
            ("1 / 0", "division by zero"),
            ("2u8 * 200", "does not fit u8"),
            ("u8::MAX.checked_add(1).unwrap()", "None"),
            ("Perbill::from_percent(33) * 10u64", "rounding"),
            ("1.5", "floating-point"),
            ("foo(1)", "not defined"),
            ("match x { _ => 1 }", "match"),
            ("|x| x + 1", "closure"),
            ("{ let a = 1; a }", "statements"),
            ("u128::MAX", "128-bit"),
            ("(1, 2)", "tuple"),
            ("if cfg!(target_os = \"linux\") { 1 } else { 2 }", "condition"),
            ("10.saturating_sub(20)", "unknown type"),
            ("1u32 << 40", "out of range"),
            ("1 << 200", "out of range"),
            ("usize::MAX", "wasm32"),
        ]
        for (source, reason) in cases {
            let value = evaluateExpression(source)
            let text = try #require(value.unknownReason, "\(source) gave \(value)")
            #expect(text.contains(reason), "\(source): \(text)")
        }
    }

    @Test func malformedExpressionsTerminate() {
        for source in [
            "+", "(", ")", "1 +", "}{", "a::", "::<>", "<", "<T as>::", "x.", "1 as", "if", "if true {",
            "cfg!", "--------1", String(repeating: "(", count: 5000), String(repeating: "-", count: 5000) + "1",
            String(repeating: "{", count: 3000) + "1" + String(repeating: "}", count: 3000), "a.b.c.d()?[0]",
        ] {
            #expect(!evaluateExpression(source).isKnown || source.hasPrefix("-"), "\(source.prefix(20))")
        }
        #expect(evaluateExpression(String(repeating: "-", count: 4) + "1") == .integer(1))
    }
}
