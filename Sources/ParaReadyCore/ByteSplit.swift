/// Splitting text at an ASCII byte, for paths (`/`), Rust paths (`:`) and versions (`.`).
///
/// `split(separator:)` on a `String` walks Characters, and finding each grapheme boundary costs a few hundred
/// instructions per character: splitting file paths and macro paths this way was about 2% of an `inspect`. An
/// ASCII byte never occurs inside a multi-byte UTF-8 sequence, so cutting at it leaves valid text; the one
/// difference is a combining mark right after the separator, which a Character split keeps attached (no path
/// or identifier has one).
extension StringProtocol {
    /// The pieces between occurrences of `separator`; empty pieces are left out unless `omittingEmpty` is false.
    public func split(byte separator: UInt8, omittingEmpty: Bool = true) -> [Substring] {
        let utf8 = self.utf8
        var pieces: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == separator {
                if !omittingEmpty || start != index { pieces.append(Substring(self[start..<index])) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if !omittingEmpty || start != utf8.endIndex { pieces.append(Substring(self[start..<utf8.endIndex])) }
        return pieces
    }

    /// The last non-empty piece after splitting at `separator` (`"a::b"` and `"a::b::"` give `b`); nil when
    /// there is none.
    public func lastPiece(afterByte separator: UInt8) -> Substring? {
        let utf8 = self.utf8
        var last: Range<String.Index>?
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            if utf8[index] == separator {
                if start != index { last = start..<index }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start != utf8.endIndex { last = start..<utf8.endIndex }
        return last.map { Substring(self[$0]) }
    }
}
