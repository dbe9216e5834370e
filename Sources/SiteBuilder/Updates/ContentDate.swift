/// A point in time taken from content: a calendar day (`2024-04-23`) or a UTC instant (`2024-04-23T14:05:09Z`).
///
/// Dates come from front matter and imports, never from the clock. A day-only date sorts and prints as midnight
/// UTC of that day; `hasTime` remembers which form was written so it can be written back the same way.
public struct ContentDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSinceEpoch: Int64
    /// False when the source gave only a day.
    public let hasTime: Bool

    /// A date from seconds since the epoch (UTC).
    public init(secondsSinceEpoch: Int64, hasTime: Bool = true) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.hasTime = hasTime
    }

    /// A day-only date, or nil when the day does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard Self.isValid(year: year, month: month, day: day) else { return nil }
        self.init(secondsSinceEpoch: Self.daysFromCivil(year, month, day) * 86_400, hasTime: false)
    }

    public static func < (lhs: ContentDate, rhs: ContentDate) -> Bool {
        lhs.secondsSinceEpoch < rhs.secondsSinceEpoch
    }

    /// Equal when they name the same instant, whichever form they were written in.
    public static func == (lhs: ContentDate, rhs: ContentDate) -> Bool {
        lhs.secondsSinceEpoch == rhs.secondsSinceEpoch
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(secondsSinceEpoch) }

    /// The same instant, or the day's midnight, as a day-only date.
    public var day: ContentDate {
        ContentDate(secondsSinceEpoch: Self.floorDiv(secondsSinceEpoch, 86_400) * 86_400, hasTime: false)
    }

    /// The form it was written in: `2024-04-23` or `2024-04-23T14:05:09Z`.
    public var description: String { hasTime ? rfc3339 : isoDay }

    /// `YYYY-MM-DD`.
    public var isoDay: String {
        let (y, m, d) = civil
        return "\(Self.pad(y, 4))-\(Self.pad(m, 2))-\(Self.pad(d, 2))"
    }

    /// RFC 3339 in UTC (`2024-04-23T00:00:00Z`), the form Atom and JSON Feed use.
    public var rfc3339: String {
        let (h, mi, s) = timeOfDay
        return "\(isoDay)T\(Self.pad(h, 2)):\(Self.pad(mi, 2)):\(Self.pad(s, 2))Z"
    }

    /// RFC 822 as RSS 2.0 wants it (`Tue, 23 Apr 2024 00:00:00 +0000`), with English names whatever the locale.
    public var rfc822: String {
        let (y, m, d) = civil
        let (h, mi, s) = timeOfDay
        let weekday = Self.weekdays[Int(Self.floorMod(Self.floorDiv(secondsSinceEpoch, 86_400) + 4, 7))]
        return
            "\(weekday), \(Self.pad(d, 2)) \(Self.months[m - 1]) \(Self.pad(y, 4)) "
            + "\(Self.pad(h, 2)):\(Self.pad(mi, 2)):\(Self.pad(s, 2)) +0000"
    }

    /// Year, month (1–12) and day (1–31) in UTC.
    public var civil: (year: Int, month: Int, day: Int) {
        Self.civilFromDays(Self.floorDiv(secondsSinceEpoch, 86_400))
    }

    var timeOfDay: (hour: Int, minute: Int, second: Int) {
        let s = Int(Self.floorMod(secondsSinceEpoch, 86_400))
        return (s / 3600, s / 60 % 60, s % 60)
    }

    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1 else { return false }
        return day <= daysInMonth(year, month)
    }

    static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
    static func floorMod(_ a: Int64, _ b: Int64) -> Int64 { a - floorDiv(a, b) * b }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's civil calendar algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = floorDiv(y, 400)
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int64) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = floorDiv(z, 146_097)
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        return (Int(y), Int(m), Int(d))
    }
}
