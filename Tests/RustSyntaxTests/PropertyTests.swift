import Testing

@testable import RustSyntax

/// SplitMix64: a small deterministic generator so every run feeds the same inputs.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Bytes that matter to the lexer, so random input reaches its interesting states often.
private let significantBytes = Array("\"'#rbc/*{}()[]<>:;=!0x9azAZ_\\\n .,-+&|^%?$@`é".utf8)

/// Rust fragments for token soups.
private let fragments = [
    "mod", "use", "::", "{", "}", "const", "X", "Y", ":", "u32", "u64", "=", "1", "0xFF", "6_000u64", ";", "impl",
    "for", "parameter_types!", "impl_runtime_apis!", "construct_runtime!", "register_validate_block!",
    "#[cfg(feature = \"a\")]", "#[cfg_attr(feature = \"a\", path = \"x.rs\")]", "#![cfg(test)]", "pub", "pub(crate)",
    "(", ")", "[", "]", "<", ">", ">>", "fn", "type", "as", "super", "crate", "self", "Self", "*", ",", ".",
    "saturating_mul", "checked_add", "unwrap", "ConstU32", "ConstBool", "Weight::from_parts", "Duration::from_millis",
    "r#\"x\"#", "'a", "b'x'", "'\\''", "/*", "*/", "//", "///", "\n", "if", "else", "cfg!", "...", "..", "!", "-", "+",
    "/", "%", "<<", "&", "|", "^", "==", "true", "false", "static", "mut", "struct", "enum", "trait", "where",
    "extern", "crate", "macro_rules!", "u32::MAX", "as u8", "{ X / 2 }", "Runtime", "Config", "\"s\"", "1.5",
]

private func randomBytes(_ generator: inout SeededGenerator) -> String {
    let length = Int.random(in: 0...300, using: &generator)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(length)
    for _ in 0..<length {
        if Bool.random(using: &generator) {
            bytes.append(significantBytes.randomElement(using: &generator)!)
        } else {
            bytes.append(UInt8.random(in: 0...255, using: &generator))
        }
    }
    return String(decoding: bytes, as: UTF8.self)
}

private func tokenSoup(_ generator: inout SeededGenerator) -> String {
    let count = Int.random(in: 0...120, using: &generator)
    return (0..<count).map { _ in fragments.randomElement(using: &generator)! }.joined(separator: " ")
}

/// Lexes, scans, loads and evaluates `source`, checking the lexer's invariants on the way.
private func exercise(_ source: String) {
    let tokens = Lexer.tokenize(source)
    let bytes = Array(source.utf8)
    var previousEnd = 0
    for token in tokens {
        #expect(token.offset >= previousEnd)
        #expect(token.line >= 1 && token.column >= 1)
        #expect(!token.text.isEmpty)
        let end = token.offset + token.text.utf8.count
        #expect(end <= bytes.count)
        if end <= bytes.count {
            #expect(Array(bytes[token.offset..<end]) == Array(token.text.utf8))
        }
        previousEnd = end
    }
    _ = ItemScanner.scan(tokens, file: "fuzz.rs")
    let crate = CrateSource.parse(name: "fuzz", source: source, environment: CfgEnvironment(features: ["a"]))
    let evaluator = ConstEvaluator(crate: crate)
    for scoped in crate.scopedItems.prefix(40) {
        _ = evaluator.evaluate(scoped)
        if let typeTokens = scoped.item.typeAlias?.typeTokens {
            _ = evaluator.evaluate(type: typeTokens, inModule: scoped.modulePath)
            _ = evaluator.resolveType(typeTokens, inModule: scoped.modulePath)
        }
    }
    _ = evaluator.evaluate(expression: tokens)
    _ = evaluator.evaluate(path: "X")
    _ = evaluator.evaluate(path: "crate::X::Y")
}

@Suite struct PropertyTests {
    @Test(.timeLimit(.minutes(2))) func randomBytesNeverCrashOrHang() {
        var generator = SeededGenerator(seed: 0x5EED_0001)
        for _ in 0..<2500 { exercise(randomBytes(&generator)) }
    }

    @Test(.timeLimit(.minutes(2))) func randomTokenSoupsNeverCrashOrHang() {
        var generator = SeededGenerator(seed: 0x5EED_0002)
        for _ in 0..<2000 { exercise(tokenSoup(&generator)) }
    }

    @Test(.timeLimit(.minutes(1))) func positionsMatchARecount() {
        var generator = SeededGenerator(seed: 0x5EED_0003)
        for _ in 0..<300 {
            let source = randomBytes(&generator)
            let scalars = Array(source.unicodeScalars)
            var lineAt: [Int: (Int, Int)] = [:]
            var line = 1
            var column = 1
            var offset = 0
            for scalar in scalars {
                lineAt[offset] = (line, column)
                offset += String(scalar).utf8.count
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            for token in Lexer.tokenize(source) {
                let expected = lineAt[token.offset]
                #expect(expected?.0 == token.line && expected?.1 == token.column)
            }
        }
    }

    /// Modules that glob-import each other in cycles, with constants naming each other: resolution must end.
    @Test(.timeLimit(.minutes(1))) func globMazesTerminate() throws {
        var generator = SeededGenerator(seed: 0x5EED_0004)
        for _ in 0..<20 {
            let moduleCount = 12
            var files: [String: String] = [:]
            var root = ""
            for module in 0..<moduleCount {
                root += "pub mod m\(module);\npub use m\(module)::*;\n"
                var body = "pub use super::*;\n"
                for _ in 0..<3 {
                    body += "pub use crate::m\(Int.random(in: 0..<moduleCount, using: &generator))::*;\n"
                }
                for constant in 0..<4 {
                    let other = "C\(Int.random(in: 0..<(moduleCount * 4), using: &generator))"
                    body += "pub const C\(module * 4 + constant): u64 = \(other) + 1;\n"
                }
                files["src/m\(module).rs"] = body
            }
            files["src/lib.rs"] = root
            let crate = try CrateSource.load(
                name: "maze", rootFile: "src/lib.rs", provider: MemorySourceProvider(files: files))
            let evaluator = ConstEvaluator(crate: crate)
            for index in 0..<(moduleCount * 4) {
                let value = evaluator.evaluate(path: "C\(index)").value
                // Every chain eventually loops back on itself, so nothing here has a value.
                #expect(!value.isKnown)
            }
        }
    }

    /// Constants whose definitions double at each level: memoisation keeps this linear.
    @Test(.timeLimit(.minutes(1))) func sharedSubexpressionsAreEvaluatedOnce() {
        var source = "const C0: u64 = 1;\n"
        for level in 1...60 { source += "const C\(level): u64 = C\(level - 1) + C\(level - 1);\n" }
        let evaluator = ConstEvaluator(crate: CrateSource.parse(name: "wide", source: source))
        #expect(evaluator.evaluate(path: "C50").value == .integer(1 << 50))
        #expect(evaluator.evaluate(path: "C60").value == .integer(1 << 60))
    }
}
