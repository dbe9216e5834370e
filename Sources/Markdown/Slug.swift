/// GitHub-style heading slugs: lower-case, punctuation dropped, spaces to hyphens, `-1`, `-2`… for repeats.
public struct SlugGenerator: Sendable {
    private var used: [String: Int] = [:]

    public init() {}

    /// The slug of `text` alone, without uniqueness.
    public static func slug(_ text: String) -> String {
        if let ascii = asciiSlug(text) { return ascii }
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

    /// `slug` for ASCII-only text (nearly every heading), byte by byte: the same rules give letters and digits
    /// kept (lower-cased), `_` and `-` kept, spaces as `-`, everything else dropped (no ASCII character is a mark).
    /// Nil when the text has any non-ASCII byte.
    private static func asciiSlug(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x41...0x5A: out.append(byte | 0x20)
            case 0x61...0x7A, 0x30...0x39, 0x5F, 0x2D: out.append(byte)
            case 0x20: out.append(0x2D)
            case 0x80...: return nil
            default: continue
            }
        }
        return String(decoding: out, as: UTF8.self)
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
