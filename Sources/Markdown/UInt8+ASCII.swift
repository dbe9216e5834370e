/// ASCII bytes and classes the input scanner works with (cmark-gfm's own definitions, bytes only).
extension UInt8 {
    static let tab: UInt8 = 0x09
    static let newline: UInt8 = 0x0A
    static let verticalTab: UInt8 = 0x0B
    static let formFeed: UInt8 = 0x0C
    static let carriageReturn: UInt8 = 0x0D
    static let space: UInt8 = 0x20
    static let exclamation: UInt8 = 0x21
    static let quote: UInt8 = 0x22
    static let apostrophe: UInt8 = 0x27
    static let openParen: UInt8 = 0x28
    static let closeParen: UInt8 = 0x29
    static let asterisk: UInt8 = 0x2A
    static let plus: UInt8 = 0x2B
    static let hyphen: UInt8 = 0x2D
    static let period: UInt8 = 0x2E
    static let slash: UInt8 = 0x2F
    static let colon: UInt8 = 0x3A
    static let lessThan: UInt8 = 0x3C
    static let greaterThan: UInt8 = 0x3E
    static let question: UInt8 = 0x3F
    static let at: UInt8 = 0x40
    static let openBracket: UInt8 = 0x5B
    static let backslash: UInt8 = 0x5C
    static let closeBracket: UInt8 = 0x5D
    static let caret: UInt8 = 0x5E
    static let underscore: UInt8 = 0x5F
    static let backtick: UInt8 = 0x60
    static let pipe: UInt8 = 0x7C
    static let tilde: UInt8 = 0x7E

    /// Space, tab, newline, carriage return, vertical tab or form feed (cmark's `cmark_isspace`).
    var isMarkdownWhitespace: Bool {
        self == .space || (self >= .tab && self <= .carriageReturn)
    }

    /// Space or tab.
    var isBlankSpace: Bool { self == .space || self == .tab }

    var isASCIILetter: Bool { (self | 0x20) >= 0x61 && (self | 0x20) <= 0x7A }

    var isASCIIDigit: Bool { self >= 0x30 && self <= 0x39 }

    var isASCIIAlphanumeric: Bool { isASCIILetter || isASCIIDigit }

    /// ASCII punctuation: the characters a backslash can escape.
    var isASCIIPunctuation: Bool {
        (self >= 0x21 && self <= 0x2F) || (self >= 0x3A && self <= 0x40) || (self >= 0x5B && self <= 0x60)
            || (self >= 0x7B && self <= 0x7E)
    }
}

/// A set of byte values as a 256-entry table: the scanner's hot loops test a byte with one load instead of a chain
/// of comparisons, and skip whole runs of bytes outside the set. The table is made once per set (the sets are
/// static constants) and never freed, so the value is a bare pointer with nothing reference-counted.
struct ByteSet: @unchecked Sendable {
    private let table: UnsafePointer<Bool>

    init(_ members: [UInt8]) {
        let table = UnsafeMutablePointer<Bool>.allocate(capacity: 256)
        table.initialize(repeating: false, count: 256)
        for byte in members { table[Int(byte)] = true }
        self.table = UnsafePointer(table)
    }

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        table[Int(byte)]
    }
}
