extension ContentDate {
    /// Parses `YYYY-MM-DD` or an RFC 3339 date-time (`2024-04-23T14:05:09Z`, `…09.512Z`, `…09+02:00`).
    ///
    /// Fractional seconds are dropped and offsets are folded into UTC, so equal instants compare equal.
    public init?(iso text: some StringProtocol) {
        let chars = Array(text.utf8)
        var reader = DigitReader(chars)
        guard let year = reader.number(4), reader.take(UInt8(ascii: "-")), let month = reader.number(2),
            reader.take(UInt8(ascii: "-")), let day = reader.number(2),
            Self.isValid(year: year, month: month, day: day)
        else { return nil }
        let midnight = Self.daysFromCivil(year, month, day) * 86_400
        if reader.atEnd {
            self.init(secondsSinceEpoch: midnight, hasTime: false)
            return
        }
        guard reader.take(UInt8(ascii: "T")) || reader.take(UInt8(ascii: "t")) || reader.take(UInt8(ascii: " ")),
            let hour = reader.number(2), hour < 24, reader.take(UInt8(ascii: ":")),
            let minute = reader.number(2), minute < 60
        else { return nil }
        var second = 0
        if reader.take(UInt8(ascii: ":")) {
            guard let s = reader.number(2), s <= 60 else { return nil }
            second = min(s, 59)
            if reader.take(UInt8(ascii: ".")) {
                guard reader.digits() > 0 else { return nil }
            }
        }
        var offset = 0
        if reader.take(UInt8(ascii: "Z")) || reader.take(UInt8(ascii: "z")) {
            offset = 0
        } else if let sign = reader.sign() {
            guard let oh = reader.number(2), oh < 24 else { return nil }
            _ = reader.take(UInt8(ascii: ":"))
            guard let om = reader.number(2), om < 60 else { return nil }
            offset = sign * (oh * 3600 + om * 60)
        } else {
            return nil
        }
        guard reader.atEnd else { return nil }
        self.init(
            secondsSinceEpoch: midnight + Int64(hour * 3600 + minute * 60 + second - offset), hasTime: true)
    }

    /// Parses an RFC 822/2822 date as RSS uses it (`Fri, 09 Feb 2024 10:12:33 +0000`, `… GMT`).
    public init?(rfc822 text: some StringProtocol) {
        var words = String(text).split(whereSeparator: { (c: Character) in c == " " || c == "\t" }).map(String.init)
        if let first = words.first, first.hasSuffix(",") { words.removeFirst() }
        guard words.count >= 4, let day = Int(words[0]),
            let month = Self.months.firstIndex(where: { $0.lowercased() == words[1].prefix(3).lowercased() }),
            var year = Int(words[2])
        else { return nil }
        if words[2].count == 2 { year += year < 50 ? 2000 : 1900 }
        guard Self.isValid(year: year, month: month + 1, day: day) else { return nil }
        let time = words[3].split(separator: ":").map { Int($0) }
        guard time.count == 2 || time.count == 3, !time.contains(where: { $0 == nil }) else { return nil }
        let hour = time[0]!
        let minute = time[1]!
        let second = time.count == 3 ? time[2]! : 0
        guard hour < 24, minute < 60, second <= 60 else { return nil }
        var offset = 0
        if words.count >= 5 {
            let zone = words[4]
            switch zone.uppercased() {
            case "GMT", "UT", "UTC", "Z": offset = 0
            case "EST": offset = -5 * 3600
            case "EDT": offset = -4 * 3600
            case "CST": offset = -6 * 3600
            case "CDT": offset = -5 * 3600
            case "MST": offset = -7 * 3600
            case "MDT": offset = -6 * 3600
            case "PST": offset = -8 * 3600
            case "PDT": offset = -7 * 3600
            default:
                let utf8 = Array(zone.utf8)
                guard utf8.count == 5, utf8[0] == UInt8(ascii: "+") || utf8[0] == UInt8(ascii: "-"),
                    let hh = Int(zone.dropFirst().prefix(2)), let mm = Int(zone.suffix(2)), hh < 24, mm < 60
                else { return nil }
                offset = (utf8[0] == UInt8(ascii: "-") ? -1 : 1) * (hh * 3600 + mm * 60)
            }
        }
        let midnight = Self.daysFromCivil(year, month + 1, day) * 86_400
        self.init(
            secondsSinceEpoch: midnight + Int64(hour * 3600 + minute * 60 + min(second, 59) - offset), hasTime: true)
    }
}

/// A cursor over ASCII bytes for the fixed-width fields of ISO dates.
private struct DigitReader {
    let bytes: [UInt8]
    var index = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { index == bytes.count }

    mutating func take(_ byte: UInt8) -> Bool {
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    mutating func sign() -> Int? {
        if take(UInt8(ascii: "+")) { return 1 }
        if take(UInt8(ascii: "-")) { return -1 }
        return nil
    }

    /// Exactly `width` digits.
    mutating func number(_ width: Int) -> Int? {
        guard index + width <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[index..<index + width] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        index += width
        return value
    }

    /// Skips any number of digits and returns how many there were.
    mutating func digits() -> Int {
        let start = index
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index - start
    }
}
