import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a byte-level pre-scan of a file's text found, without lexing it: which identifiers may occur (a Bloom
/// filter over every identifier-shaped run of bytes, literals and most comments included; lines that can only be
/// comments are skipped), whether a glob import may occur, and whether the file declares modules. Answers are
/// about tokens and err only towards "may": a `false` is a proof.
public struct SourceText: Sendable {
    /// The file's text.
    let text: String
    /// Bloom filter over the identifier runs and their first four bytes (two bits per entry).
    private var filter: [UInt64]
    /// True when the text has a byte outside ASCII (then identifier runs are not checked precisely enough).
    private(set) var hasNonASCII = false
    /// True when the identifier `mod` occurs outside comment lines (a module declaration, inline or `mod x;`).
    private(set) var mentionsModule = false
    /// True when a `*` follows `:`, `{`, `,` or `/` (whitespace ignored): a glob in a `use` tree may occur.
    public private(set) var mayHaveGlobImport = false
    /// The item-macro byte pass's answer, made once per file however many crate loads (features, variants) ask.
    private let itemMacroCall = LazyFlag()

    static let filterWords = 32
    static let filterBits = UInt64(filterWords * 64)

    /// Whether a line may call an item macro other than the SDK's (``CrateSource/mayCallAnItemMacro(_:)``).
    var mayCallAnItemMacro: Bool {
        itemMacroCall.value { CrateSource.mayCallAnItemMacro(text) }
    }

    /// A Bool computed on first use and kept, shared by the copies of the text; safe from several threads.
    private final class LazyFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var known: Bool?

        func value(_ compute: () -> Bool) -> Bool {
            if let known = lock.withLock({ known }) { return known }
            let answer = compute()
            lock.withLock { known = answer }
            return answer
        }
    }

    init(_ text: String) {
        self.text = text
        self.filter = Array(repeating: 0, count: Self.filterWords)
        var text = text
        text.withUTF8 { bytes in scan(bytes) }
    }

    /// False only when `identifier` occurs nowhere in the text as a whole identifier-shaped run of bytes (outside
    /// lines that can only be comments); then no token of the file is that identifier. Always true for texts with
    /// non-ASCII bytes outside such lines.
    public func mentions(_ identifier: String) -> Bool {
        if hasNonASCII { return true }
        var hash: UInt64 = 0
        for byte in identifier.utf8 { hash = Self.step(hash, byte) }
        return isSet(Self.finish(hash))
    }

    /// False only when no identifier-shaped run of bytes starts with `prefix` (as ``mentions(_:)``; prefixes
    /// shorter than four bytes are never ruled out).
    public func mentions(identifierStartingWith prefix: String) -> Bool {
        if hasNonASCII || prefix.utf8.count < Self.prefixLength { return true }
        var hash: UInt64 = 0
        for byte in prefix.utf8.prefix(Self.prefixLength) { hash = Self.step(hash, byte) }
        return isSet(Self.prefixKey(hash))
    }

    /// True when any of `identifiers` may occur (see ``mentions(_:)``).
    public func mentions(anyOf identifiers: [String]) -> Bool {
        identifiers.contains { mentions($0) }
    }

    /// True when `fragment` occurs anywhere in the text (a plain byte search).
    public func contains(_ fragment: String) -> Bool {
        guard !fragment.isEmpty else { return true }
        var haystack = text
        var needle = fragment
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard let hayBase = hay.baseAddress, let pinBase = pin.baseAddress, pin.count <= hay.count else {
                    return false
                }
                var start = 0
                let last = hay.count - pin.count
                while start <= last {
                    guard let found = memchr(hayBase + start, Int32(pin[0]), last - start + 1) else { return false }
                    let offset = UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - hayBase
                    if memcmp(hayBase + offset, pinBase, pin.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }

    /// How many leading bytes of each identifier also go into the filter, for prefix questions.
    static let prefixLength = 4

    /// One byte into a running identifier hash: a rotate and an xor (cheap; collisions only cost a scan).
    @inline(__always)
    private static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        ((hash &<< 5) | (hash &>> 59)) ^ UInt64(byte)
    }

    /// Mixes a whole identifier's running hash.
    @inline(__always)
    private static func finish(_ hash: UInt64) -> UInt64 {
        let mixed = (hash ^ (hash &>> 31)) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed &>> 29)
    }

    /// Mixes a prefix's running hash, apart from whole-identifier entries.
    @inline(__always)
    private static func prefixKey(_ hash: UInt64) -> UInt64 {
        finish(hash ^ 0xD6E8_FEB8_6659_FD93)
    }

    private func isSet(_ hash: UInt64) -> Bool {
        let first = hash % Self.filterBits
        let second = (hash >> 32) % Self.filterBits
        return filter[Int(first >> 6)] & (1 << (first & 63)) != 0
            && filter[Int(second >> 6)] & (1 << (second & 63)) != 0
    }

    private static func isIdentifierByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x5F
    }

    /// Whether each byte can be part of an identifier-shaped run (`[A-Za-z0-9_]`).
    private static let identifierBytes: [Bool] = (0...255).map { isIdentifierByte(UInt8($0)) }

    /// The pre-scan. The filter and flags live in locals while it runs (about 1 ns per byte): writing through
    /// `self` checked the array's uniqueness and bounds at every identifier.
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        var index = 0
        var nonASCII = false
        var module = false
        var glob = false
        // The last byte before the current one that is not whitespace (for glob detection).
        var previous: UInt8 = 0
        Self.identifierBytes.withUnsafeBufferPointer { isIdentifier in
            filter.withUnsafeMutableBufferPointer { filter in
                @inline(__always) func insert(_ hash: UInt64) {
                    let first = hash % Self.filterBits
                    let second = (hash >> 32) % Self.filterBits
                    filter[Int(first >> 6)] |= 1 << (first & 63)
                    filter[Int(second >> 6)] |= 1 << (second & 63)
                }
                // True until the current line has a byte other than a space or tab.
                var atLineStart = true
                while index < count {
                    let byte = bytes[index]
                    // A line whose first bytes (after indentation) are `//` holds no identifier token when the rest
                    // of it has no `"` and no `*`: it is a comment, or it lies inside a string or block comment
                    // that cannot end on it. Weight files are half such lines (doc comments and benchmark
                    // notes), so they are skipped with `memchr` instead of being hashed.
                    if atLineStart && byte == 0x2F && index + 1 < count && bytes[index + 1] == 0x2F {
                        let end = ByteSearch.index(of: 0x0A, in: bytes, from: index)
                        if ByteSearch.index(of: 0x22, in: bytes, from: index, to: end) == end
                            && ByteSearch.index(of: 0x2A, in: bytes, from: index, to: end) == end
                        {
                            index = end
                            continue
                        }
                    }
                    if byte == 0x0A {
                        atLineStart = true
                    } else if byte != 0x20 && byte != 0x09 && byte != 0x0D {
                        atLineStart = false
                    }
                    if isIdentifier[Int(byte)] {
                        let start = index
                        var hash: UInt64 = 0
                        var prefixHash: UInt64 = 0
                        while index < count && isIdentifier[Int(bytes[index])] {
                            hash = Self.step(hash, bytes[index])
                            index += 1
                            if index - start == Self.prefixLength { prefixHash = hash }
                        }
                        if index - start < Self.prefixLength { prefixHash = hash }
                        // Runs that start with a digit are number literals (suffixes included): no identifier token.
                        if !(byte >= 0x30 && byte <= 0x39) {
                            insert(Self.finish(hash))
                            insert(Self.prefixKey(prefixHash))
                            if index - start == 3 && byte == 0x6D && bytes[start + 1] == 0x6F
                                && bytes[start + 2] == 0x64
                            {
                                module = true
                            }
                        }
                        previous = bytes[index - 1]
                        continue
                    }
                    if byte >= 0x80 { nonASCII = true }
                    // `::*`, `{*`, `, *`, and `/* comment */ *` (the comment's `*/` ends in `/`).
                    if byte == 0x2A && (previous == 0x3A || previous == 0x7B || previous == 0x2C || previous == 0x2F) {
                        glob = true
                    }
                    if byte != 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { previous = byte }
                    index += 1
                }
            }
        }
        hasNonASCII = nonASCII
        mentionsModule = module
        mayHaveGlobImport = glob
    }
}
