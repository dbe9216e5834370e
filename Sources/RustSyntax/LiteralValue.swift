/// Decoding of literal tokens: string contents with escapes resolved, integer magnitudes and suffixes.
public enum LiteralValue {
    /// The integer suffixes Rust knows (`6_000u64` → `u64`).
    static let integerSuffixes: Set<String> = [
        "u8", "u16", "u32", "u64", "u128", "usize", "i8", "i16", "i32", "i64", "i128", "isize",
    ]

    /// The contents of a string or raw string literal (`"a\nb"` → `a` newline `b`, `r#"x"#` → `x`); nil for other
    /// tokens or malformed escapes.
    public static func string(_ token: Token) -> String? {
        switch token.kind {
        case .string, .cString, .byteString:
            let scalars = Array(token.text.unicodeScalars)
            guard let open = scalars.firstIndex(of: "\""), let close = scalars.lastIndex(of: "\""), open < close
            else { return nil }
            return unescape(scalars[(open + 1)..<close])
        case .rawString, .rawByteString:
            let scalars = Array(token.text.unicodeScalars)
            guard let open = scalars.firstIndex(of: "\""), let close = scalars.lastIndex(of: "\""), open < close
            else { return nil }
            var text = ""
            text.unicodeScalars.append(contentsOf: scalars[(open + 1)..<close])
            return text
        default:
            return nil
        }
    }

    private static func unescape(_ body: ArraySlice<Unicode.Scalar>) -> String? {
        var out = String.UnicodeScalarView()
        var index = body.startIndex
        while index < body.endIndex {
            let scalar = body[index]
            index += 1
            guard scalar == "\\" else {
                out.append(scalar)
                continue
            }
            guard index < body.endIndex else { return nil }
            let escape = body[index]
            index += 1
            switch escape {
            case "n": out.append("\n")
            case "r": out.append("\r")
            case "t": out.append("\t")
            case "0": out.append("\0")
            case "\\", "'", "\"": out.append(escape)
            case "\n":
                while index < body.endIndex, body[index].properties.isWhitespace { index += 1 }
            case "x":
                guard index + 2 <= body.endIndex,
                    let value = UInt32(String(String.UnicodeScalarView(body[index..<(index + 2)])), radix: 16),
                    let decoded = Unicode.Scalar(value)
                else { return nil }
                out.append(decoded)
                index += 2
            case "u":
                guard index < body.endIndex, body[index] == "{",
                    let close = body[index...].firstIndex(of: "}"), close - index <= 9
                else { return nil }
                let digits = String(String.UnicodeScalarView(body[(index + 1)..<close])).replacingUnderscores()
                guard let value = UInt32(digits, radix: 16), let decoded = Unicode.Scalar(value) else { return nil }
                out.append(decoded)
                index = close + 1
            default:
                return nil
            }
        }
        return String(out)
    }

    /// An integer literal's value and suffix: `6_000u64` → (6000, "u64"), `0xFF` → (255, nil). The value is nil
    /// when the digits are invalid for the radix or the magnitude exceeds 128 bits; the suffix is nil when
    /// absent (an unknown suffix is returned as written).
    public static func integer(_ token: Token) -> (value: UInt128?, suffix: String?)? {
        guard token.kind == .integer else { return nil }
        var text = Substring(token.text)
        var radix: UInt128 = 10
        if text.hasPrefix("0x") {
            radix = 16
            text = text.dropFirst(2)
        } else if text.hasPrefix("0o") {
            radix = 8
            text = text.dropFirst(2)
        } else if text.hasPrefix("0b") {
            radix = 2
            text = text.dropFirst(2)
        }
        var value: UInt128 = 0
        var sawDigit = false
        var overflow = false
        var suffixStart = text.endIndex
        for index in text.indices {
            let character = text[index]
            if character == "_" { continue }
            guard let digit = character.hexDigitValue, UInt128(digit) < radix else {
                suffixStart = index
                break
            }
            sawDigit = true
            let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
            let (sum, o2) = shifted.addingReportingOverflow(UInt128(digit))
            overflow = overflow || o1 || o2
            value = sum
        }
        let suffix = suffixStart < text.endIndex ? String(text[suffixStart...]) : nil
        if !sawDigit || overflow { return (nil, suffix) }
        return (value, suffix)
    }
}

extension String {
    func replacingUnderscores() -> String {
        String(self.filter { $0 != "_" })
    }
}

extension Token {
    /// The decoded contents of a string literal token (see ``LiteralValue/string(_:)``).
    public var stringValue: String? { LiteralValue.string(self) }
}
