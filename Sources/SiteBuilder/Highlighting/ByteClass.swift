/// Byte classification shared by the tokenizers.
enum ByteClass {
    static func isIdentStart(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) || b == 0x5F || b >= 0x80
    }

    static func isIdent(_ b: UInt8) -> Bool {
        isIdentStart(b) || isDigit(b)
    }

    static func isDigit(_ b: UInt8) -> Bool {
        b >= 0x30 && b <= 0x39
    }

    static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D
    }

    static func isUpper(_ b: UInt8) -> Bool {
        b >= 0x41 && b <= 0x5A
    }

    /// The end of a quoted run starting at `start` (on the quote), honouring backslash escapes when asked.
    static func quoted(_ s: [UInt8], from start: Int, quote: UInt8, escapes: Bool) -> Int {
        var i = start + 1
        while i < s.count {
            if escapes && s[i] == 0x5C {
                i += 2
                continue
            }
            if s[i] == quote { return i + 1 }
            i += 1
        }
        return s.count
    }

    /// The index after the end of the line containing `start`.
    static func lineEnd(_ s: [UInt8], from start: Int) -> Int {
        var i = start
        while i < s.count && s[i] != 0x0A { i += 1 }
        return i
    }
}
