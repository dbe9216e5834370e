/// Byte-level helpers for Substrate log lines: the timestamp prefix, the `[Parachain]`/`[Relaychain]` tag, escape
/// sequences and lossy decoding. Everything works on a byte range of the scanner's buffer without copying it first.
///
/// A Substrate line looks like `2024-05-13 12:00:01.123  INFO tokio-runtime-worker aura::cumulus: [Parachain] …`
/// (level, thread and target appear with `-l`/detailed output) or `2024-05-13 12:00:01 [Parachain] …`.
enum LogLine {
    /// The longest text kept for a reported line.
    static let maxTextLength = 400

    /// The start of a log record: a line that begins with a timestamp.
    struct Header: Sendable, Equatable {
        var line: Int
        /// The timestamp as written (`2024-05-13 12:00:01.123`).
        var timestamp: String
        /// Milliseconds since 1970 (timestamps are read as UTC; only differences are used).
        var epochMs: Int64
        /// `parachain`, `relaychain`, or nil when the line has no such tag.
        var chain: String?
        /// The first 400 bytes of the line, decoded, for echo-marker checks.
        var text: String
    }

    /// Skips escape sequences at `position`; returns the first offset that is not part of one.
    @inline(__always) static func skipEscapes(_ bytes: UnsafePointer<UInt8>, _ position: Int, _ end: Int) -> Int {
        var i = position
        while i < end && bytes[i] == MultiPatternMatcher.escape {
            i = MultiPatternMatcher.skipEscape(bytes, at: i + 1, end: end)
        }
        return i
    }

    @inline(__always) private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// How far into a line a timestamp may start after a prefix added by the log collector.
    static let maxPrefixLength = 128

    /// Where the `YYYY-MM-DD HH:MM:SS[.fff]` timestamp of a line is, or nil when it has none. The timestamp opens
    /// the line (after escape sequences), or follows a collector's prefix that ends in `: `, `| ` or `] `, such as
    /// journald's `May 13 12:00:01 host polkadot[42]: ` or docker compose's `collator-1  | `.
    static func timestampEnd(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (from: Int, to: Int)? {
        let i = skipEscapes(bytes, start, end)
        if let to = timestampShape(bytes, i, end) { return (i, to) }
        var p = i + 2
        let limit = min(end - 19, i + maxPrefixLength)
        while p <= limit {
            // The window may reach into the next line: stop at its newline.
            if bytes[p - 1] == 0x0A || bytes[p - 2] == 0x0A { return nil }
            let mark = bytes[p - 2]
            if bytes[p - 1] == 0x20 && (mark == 0x3A || mark == 0x7C || mark == 0x5D) && isDigit(bytes[p]),
                let to = timestampShape(bytes, p, end)
            {
                return (p, to)
            }
            p += 1
        }
        return nil
    }

    /// The offset after a timestamp starting exactly at `i`, or nil.
    private static func timestampShape(_ bytes: UnsafePointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        guard end - i >= 19 else { return nil }
        for k in 0..<19 {
            let byte = bytes[i + k]
            switch k {
            case 4, 7: if byte != 0x2D { return nil }  // -
            case 10: if byte != 0x20 && byte != 0x54 { return nil }  // space or 'T'
            case 13, 16: if byte != 0x3A { return nil }  // :
            default: if !isDigit(byte) { return nil }
            }
        }
        var j = i + 19
        if j < end && (bytes[j] == 0x2E || bytes[j] == 0x2C) {  // fraction: . or ,
            j += 1
            while j < end && isDigit(bytes[j]) { j += 1 }
        }
        if j < end && bytes[j] == 0x5A { j += 1 }  // Z
        return j
    }

    /// Whether the line starts with a timestamp (cheap: no allocation). `end` may lie beyond the line's newline.
    @inline(__always) static func isHeader(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        timestampEnd(bytes, start, end) != nil
    }

    /// The `[Parachain]`/`[Relaychain]` tag of a line.
    enum Chain: Sendable {
        case parachain, relaychain, other, none

        var name: String? {
            switch self {
            case .parachain: "parachain"
            case .relaychain: "relaychain"
            case .other, .none: nil
            }
        }
    }

    /// Timestamp (as milliseconds) and chain tag of a line, without allocating; nil when it has no timestamp.
    static func stamp(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (
        epochMs: Int64, chain: Chain, from: Int, to: Int
    )? {
        guard let (from, to) = timestampEnd(bytes, start, end) else { return nil }
        func number(_ offset: Int, _ count: Int) -> Int {
            var value = 0
            for k in 0..<count { value = value * 10 + Int(bytes[from + offset + k] &- 0x30) }
            return value
        }
        var millis = 0
        if to - from > 20 && isDigit(bytes[from + 20]) {
            var scale = 100
            var k = from + 20
            while k < to && isDigit(bytes[k]) {
                millis += Int(bytes[k] &- 0x30) * scale
                scale /= 10
                k += 1
            }
        }
        let days = daysSinceEpoch(year: number(0, 4), month: number(5, 2), day: number(8, 2))
        let seconds = Int64(days) * 86_400 + Int64(number(11, 2) * 3600 + number(14, 2) * 60 + number(17, 2))
        return (seconds * 1000 + Int64(millis), chainTag(bytes, to, min(end, to + 256)), from, to)
    }

    /// Parses the record header of the line `bytes[start..<end]` (its 1-based number is `line`).
    static func header(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, line: Int) -> Header? {
        guard let stamp = stamp(bytes, start, end) else { return nil }
        let timestamp = String(
            decoding: UnsafeBufferPointer(start: bytes + stamp.from, count: stamp.to - stamp.from), as: UTF8.self)
        return Header(
            line: line, timestamp: timestamp, epochMs: stamp.epochMs, chain: stamp.chain.name,
            text: decode(bytes, start, min(end, start + maxTextLength)))
    }

    /// The chain named by the first `[…]` token after the timestamp, among the next few words.
    static func chainTag(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Chain {
        var i = start
        var words = 0
        while i < end && words < 6 {
            i = skipEscapes(bytes, i, end)
            while i < end && bytes[i] == 0x20 { i = skipEscapes(bytes, i + 1, end) }
            guard i < end else { return .none }
            if bytes[i] == 0x5B {  // [
                // Compare the word inside the brackets with "parachain" and "relaychain", ignoring case and escapes.
                var para = 0
                var relay = 0
                var k = i + 1
                while k < end && bytes[k] != 0x5D && k - i < 40 {
                    if bytes[k] == MultiPatternMatcher.escape {
                        k = MultiPatternMatcher.skipEscape(bytes, at: k + 1, end: end)
                        continue
                    }
                    let byte = MultiPatternMatcher.fold(bytes[k])
                    para = para >= 0 && para < parachainWord.count && parachainWord[para] == byte ? para + 1 : -1
                    relay = relay >= 0 && relay < relaychainWord.count && relaychainWord[relay] == byte ? relay + 1 : -1
                    k += 1
                }
                if para == parachainWord.count { return .parachain }
                if relay == relaychainWord.count { return .relaychain }
                return .other
            }
            while i < end && bytes[i] != 0x20 { i += 1 }
            words += 1
        }
        return .none
    }

    private static let parachainWord: [UInt8] = Array("parachain".utf8)
    private static let relaychainWord: [UInt8] = Array("relaychain".utf8)

    /// Days from 1970-01-01 to a proleptic Gregorian date.
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = (month + 9) % 12  // March = 0
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The whole line as text for matching: escape sequences removed, invalid UTF-8 replaced, a trailing `\r`
    /// dropped.
    static func matchText(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
        var stop = end
        if stop > start && bytes[stop - 1] == 0x0D { stop -= 1 }
        return decode(bytes, start, stop)
    }

    /// The line as text for reports: like `matchText` with outer spaces trimmed; a line longer than
    /// `maxTextLength` bytes is cut to a window around `focus` (the offset where the match ended), with `…` marking
    /// the cuts.
    static func text(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, focus: Int? = nil) -> String {
        var from = start
        var to = end
        if to - from > maxTextLength {
            let anchor = min(max(focus ?? from, from), to)
            to = min(end, max(anchor + 100, from + maxTextLength))
            from = max(start, to - maxTextLength)
            // Do not start or end inside a UTF-8 sequence.
            while from > start && bytes[from] & 0xC0 == 0x80 { from -= 1 }
            while to < end && bytes[to] & 0xC0 == 0x80 { to += 1 }
        }
        var text = matchText(bytes, from, to)
        text = String(text.drop { $0 == " " || $0 == "\t" })
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
        return (from > start ? "…" : "") + text + (to < end ? "…" : "")
    }

    /// Lossy UTF-8 decoding with escape sequences removed.
    static func decode(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let range = UnsafeBufferPointer(start: bytes + start, count: max(0, end - start))
        guard range.contains(MultiPatternMatcher.escape) else { return String(decoding: range, as: UTF8.self) }
        var clean: [UInt8] = []
        clean.reserveCapacity(end - start)
        var i = start
        while i < end {
            if bytes[i] == MultiPatternMatcher.escape {
                i = MultiPatternMatcher.skipEscape(bytes, at: i + 1, end: end)
            } else {
                clean.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: clean, as: UTF8.self)
    }

    /// The block number after an import anchor (`Imported #` → `1234`), skipping escape sequences.
    static func number(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var i = skipEscapes(bytes, start, end)
        var value = 0
        var digits = 0
        while i < end && isDigit(bytes[i]) && digits < 18 {
            value = value * 10 + Int(bytes[i] &- 0x30)
            digits += 1
            i += 1
            if digits > 0 { i = skipEscapes(bytes, i, end) }
        }
        return digits > 0 ? value : nil
    }
}
