/// URL names for tags: lower-case letters and digits, every other run of characters one `-`.
enum TagSlug {
    static func slug(_ tag: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in tag.lowercased().unicodeScalars {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil {
                if pendingDash && !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return out
    }
}
