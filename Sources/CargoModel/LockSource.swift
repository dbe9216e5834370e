/// The `source = "…"` of a `Cargo.lock` package: a registry, or a git URL with the ref asked for and the commit.
public struct LockSource: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case registry
        case sparse
        case git
        case path
        case other
    }

    public var kind: Kind
    /// The URL without the `kind+` prefix, query and fragment.
    public var url: String
    public var branch: String?
    public var tag: String?
    public var rev: String?
    /// The commit after `#`.
    public var commit: String?
    /// The source string as written.
    public var raw: String

    /// Parses `registry+https://…`, `sparse+https://…`, `git+https://…?branch=x#commit`, `path+file://…`.
    public init(parsing raw: String) {
        self.raw = raw
        var text = Substring(raw)
        var kind = Kind.other
        if let plus = text.firstIndex(of: "+") {
            switch text[..<plus] {
            case "registry": kind = .registry
            case "sparse": kind = .sparse
            case "git": kind = .git
            case "path": kind = .path
            default: kind = .other
            }
            if kind != .other { text = text[text.index(after: plus)...] }
        }
        self.kind = kind
        if let hash = text.firstIndex(of: "#") {
            commit = String(text[text.index(after: hash)...])
            text = text[..<hash]
        }
        if let question = text.firstIndex(of: "?") {
            for pair in text[text.index(after: question)...].split(separator: "&") {
                let parts = pair.split(separator: "=", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let value = String(parts[1]).removingPercentEncoding ?? String(parts[1])
                switch parts[0] {
                case "branch": branch = value
                case "tag": tag = value
                case "rev": rev = value
                default: continue
                }
            }
            text = text[..<question]
        }
        url = String(text)
    }

    /// True for the crates.io index (git or sparse protocol).
    public var isCratesIO: Bool {
        (kind == .registry && url == "https://github.com/rust-lang/crates.io-index")
            || (kind == .sparse && url.hasPrefix("https://index.crates.io"))
    }
}

extension String {
    /// `%XX` decoding for the few escapes Cargo writes in lock source queries; nil on a broken escape.
    fileprivate var removingPercentEncoding: String? {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next(), let low = iterator.next(),
                    let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16)
                else { return nil }
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }
}
