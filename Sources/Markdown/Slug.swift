/// GitHub-style heading slugs: lower-case, punctuation dropped, spaces to hyphens, `-1`, `-2`… for repeats.
public struct SlugGenerator: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    /// The slug of `text` alone, without uniqueness.
    public static func slug(_ text: String) -> String {
        var out = ""
        for scalar in text.lowercased().unicodeScalars {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil || scalar == "_" || scalar == "-" {
                out.unicodeScalars.append(scalar)
            } else if scalar == " " {
                out += "-"
            } else if p.generalCategory == .nonspacingMark || p.generalCategory == .spacingMark {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A slug for `text` that no earlier call returned.
    public mutating func unique(_ text: String) -> String {
        let base = Self.slug(text)
        var candidate = base.isEmpty ? "section" : base
        if let count = used[candidate] {
            var n = count
            repeat {
                candidate = "\(base.isEmpty ? "section" : base)-\(n)"
                n += 1
            } while used[candidate] != nil
            used[base.isEmpty ? "section" : base] = n
        }
        used[candidate] = used[candidate] ?? 1
        return candidate
    }
}
