import Foundation

/// A calendar date, optionally with a time and a UTC offset: what front matter `date:` and `updated:` hold.
///
/// Accepted forms: `YYYY-MM-DD` and RFC 3339 (`2024-04-23T10:00:00Z`, `2024-04-23 10:00:00+02:00`, with optional
/// fractional seconds). Anything else is rejected with the position of the value.
public struct SiteDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Fractional seconds as written (`"250"` for `.250`), empty when absent.
    public var fraction: String
    /// Offset from UTC in minutes (0 for `Z` and for date-only values).
    public var offsetMinutes: Int
    /// True when the value was a bare `YYYY-MM-DD`.
    public var isDateOnly: Bool

    public init(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, fraction: String = "",
        offsetMinutes: Int = 0, isDateOnly: Bool = false
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.fraction = fraction
        self.offsetMinutes = offsetMinutes
        self.isDateOnly = isDateOnly
    }

    /// Parses `YYYY-MM-DD` or an RFC 3339 date-time; nil for anything else (including impossible dates).
    public init?(parsing text: String) {
        let b = Array(text.utf8)
        func digits(_ at: Int, _ count: Int) -> Int? {
            guard at + count <= b.count else { return nil }
            var value = 0
            for i in at..<(at + count) {
                guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
                value = value * 10 + Int(b[i] - 0x30)
            }
            return value
        }
        guard b.count >= 10, let y = digits(0, 4), b[4] == 0x2D, let m = digits(5, 2), b[7] == 0x2D,
            let d = digits(8, 2)
        else { return nil }
        guard (1...12).contains(m), d >= 1, d <= Self.daysIn(month: m, year: y) else { return nil }
        self.init(year: y, month: m, day: d, isDateOnly: true)
        if b.count == 10 { return }
        // Date-time: `T`, `t` or one space, then HH:MM:SS, optional .fraction, then Z or ±HH:MM.
        guard b[10] == 0x54 || b[10] == 0x74 || b[10] == 0x20, let h = digits(11, 2), b.count > 13, b[13] == 0x3A,
            let mi = digits(14, 2), b.count > 16, b[16] == 0x3A, let s = digits(17, 2), h < 24, mi < 60, s < 61
        else { return nil }
        var i = 19
        var fraction = ""
        if i < b.count && b[i] == 0x2E {
            i += 1
            let start = i
            while i < b.count && b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
            guard i > start else { return nil }
            fraction = String(decoding: b[start..<i], as: UTF8.self)
        }
        guard i < b.count else { return nil }
        var offset = 0
        if b[i] == 0x5A || b[i] == 0x7A {
            i += 1
        } else if b[i] == 0x2B || b[i] == 0x2D {
            guard let oh = digits(i + 1, 2), i + 3 < b.count, b[i + 3] == 0x3A, let om = digits(i + 4, 2), oh < 24,
                om < 60
            else { return nil }
            offset = (oh * 60 + om) * (b[i] == 0x2D ? -1 : 1)
            i += 6
        } else {
            return nil
        }
        guard i == b.count else { return nil }
        self.hour = h
        self.minute = mi
        self.second = s
        self.fraction = fraction
        self.offsetMinutes = offset
        self.isDateOnly = false
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Seconds since 1970-01-01T00:00:00Z (fractions ignored).
    public var epochSeconds: Int {
        // Days from civil (proleptic Gregorian), Howard Hinnant's algorithm.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        let days = era * 146097 + doe - 719468
        return days * 86400 + hour * 3600 + minute * 60 + second - offsetMinutes * 60
    }

    /// The date in UTC from seconds since the epoch (for "now").
    public init(epochSeconds: Int) {
        let days = epochSeconds >= 0 ? epochSeconds / 86400 : (epochSeconds - 86399) / 86400
        let secs = epochSeconds - days * 86400
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.init(year: y, month: m, day: d, hour: secs / 3600, minute: secs % 3600 / 60, second: secs % 60)
    }

    /// The current time in UTC (`SOURCE_DATE_EPOCH` when set, for reproducible builds); only used to leave
    /// future pages out, never written into output.
    public static var current: SiteDate {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) {
            return SiteDate(epochSeconds: seconds)
        }
        return SiteDate(epochSeconds: Int(Date().timeIntervalSince1970))
    }

    /// `YYYY-MM-DD` as written (local to the value's offset).
    public var day8601: String {
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// RFC 3339 (`2024-04-23T00:00:00Z` for a date-only value), as written for feeds and sitemaps.
    public var iso8601: String {
        var out = day8601 + "T" + pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2)
        if !fraction.isEmpty { out += "." + fraction }
        if offsetMinutes == 0 { return out + "Z" }
        let sign = offsetMinutes < 0 ? "-" : "+"
        let o = abs(offsetMinutes)
        return out + sign + pad(o / 60, 2) + ":" + pad(o % 60, 2)
    }

    /// `23 April 2024`, for people.
    public var readable: String {
        let names = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return "\(day) \(names[month - 1]) \(year)"
    }

    public var description: String { isDateOnly ? day8601 : iso8601 }

    public static func < (lhs: SiteDate, rhs: SiteDate) -> Bool {
        let l = lhs.epochSeconds
        let r = rhs.epochSeconds
        if l != r { return l < r }
        return lhs.fraction < rhs.fraction
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
