extension SDKRelease {
    /// Prefixes of version-style names: crates.io release branches, release branches, tags, polkadot's old
    /// `release-v…` branches.
    private static let versionPrefixes = ["release-crates-io-v", "release-polkadot-v", "polkadot-v", "release-v"]

    /// Parses a branch or tag that names a release and nothing else: `release-polkadot-v1.7.0`,
    /// `polkadot-v1.7.0`, `release-crates-io-v1.7.0`, `stable2409`, `polkadot-stable2409-2`,
    /// `polkadot-stable2409-rc1`, `polkadot-unstable2507-revive`, `polkadot-v0.9.43`; also with `refs/heads/`
    /// or `refs/tags/` in front. Nil for anything else.
    public init?(parsing text: String) {
        var name = Substring(text).trimmingSpaces
        for prefix in ["refs/tags/", "refs/heads/"] where name.hasPrefix(prefix) {
            name = name.dropFirst(prefix.count)
        }
        guard let (release, rest) = Self.parseName(name), rest.isEmpty else { return nil }
        self = release
    }

    /// Finds a release name inside a longer ref, such as a fork's branch `moonbeam-polkadot-stable2409` or
    /// `myteam/polkadot-v1.7.0-patches`. The name must start at a word boundary and end at one.
    public static func find(in text: String) -> SDKRelease? {
        if let exact = SDKRelease(parsing: text) { return exact }
        let characters = Substring(text)
        var index = characters.startIndex
        while index < characters.endIndex {
            let boundary =
                index == characters.startIndex || !characters[characters.index(before: index)].isASCIIAlphanumeric
            if boundary, let (release, rest) = parseName(characters[index...]),
                rest.first.map({ !$0.isASCIIAlphanumeric }) ?? true
            {
                return release
            }
            index = characters.index(after: index)
        }
        return nil
    }

    /// Parses a release name at the start of `text`; returns it with the unparsed rest.
    private static func parseName(_ text: Substring) -> (SDKRelease, Substring)? {
        for prefix in versionPrefixes where text.hasPrefix(prefix) {
            if let result = parseVersion(text.dropFirst(prefix.count)) { return result }
        }
        for prefix in ["polkadot-unstable", "unstable"] where text.hasPrefix(prefix) {
            return parseUnstable(text.dropFirst(prefix.count))
        }
        for prefix in ["polkadot-stable", "stable"] where text.hasPrefix(prefix) {
            return parseStable(text.dropFirst(prefix.count))
        }
        return nil
    }

    private static func number(_ text: inout Substring) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        text = text.dropFirst(digits.count)
        return Int(digits)
    }

    /// `-rcN` at the start of `text`.
    private static func releaseCandidate(_ text: inout Substring) -> Int? {
        guard text.hasPrefix("-rc") else { return nil }
        var rest = text.dropFirst(3)
        guard let value = number(&rest) else { return nil }
        text = rest
        return value
    }

    private static func parseVersion(_ input: Substring) -> (SDKRelease, Substring)? {
        var text = input
        guard let major = number(&text), text.first == "." else { return nil }
        text = text.dropFirst()
        guard let minor = number(&text), text.first == "." else { return nil }
        text = text.dropFirst()
        guard let patch = number(&text) else { return nil }
        let candidate = releaseCandidate(&text)
        switch major {
        case 0: return (SDKRelease(kind: .legacy, numbers: [0, minor, patch], releaseCandidate: candidate), text)
        case 1: return (SDKRelease(kind: .v1, numbers: [1, minor, patch], releaseCandidate: candidate), text)
        default: return nil
        }
    }

    private static func yearMonth(_ text: inout Substring) -> Int? {
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4, let value = Int(digits), (1...12).contains(value % 100), value / 100 >= 20 else {
            return nil
        }
        text = text.dropFirst(4)
        return value
    }

    private static func parseStable(_ input: Substring) -> (SDKRelease, Substring)? {
        var text = input
        guard let yymm = yearMonth(&text) else { return nil }
        var patch = 0
        if text.hasPrefix("-"), let next = text.dropFirst().first, next.isASCII, next.isNumber {
            var rest = text.dropFirst()
            guard let value = number(&rest) else { return nil }
            patch = value
            text = rest
        }
        let candidate = releaseCandidate(&text)
        return (SDKRelease.stable(yymm, patch: patch).withReleaseCandidate(candidate), text)
    }

    private static func parseUnstable(_ input: Substring) -> (SDKRelease, Substring)? {
        var text = input
        guard let yymm = yearMonth(&text) else { return nil }
        var label: String?
        if text.hasPrefix("-") {
            let rest = text.dropFirst()
            let word = rest.prefix { $0.isASCIIAlphanumeric || $0 == "-" }
            if !word.isEmpty, word.first?.isASCIIAlphanumeric == true {
                label = String(word)
                text = rest.dropFirst(word.count)
            }
        }
        return (SDKRelease.unstable(yymm, label: label), text)
    }
}

extension Character {
    fileprivate var isASCIIAlphanumeric: Bool {
        isASCII && (isLetter || isNumber)
    }
}
