import Foundation

/// One read file: its text with the pre-scan summary, and its tokens and items once something needs them.
final class CachedSource: @unchecked Sendable {
    let text: SourceText
    let displayPath: String
    private let lock = NSLock()
    private var scanned: SourceCache.Entry?

    init(_ text: SourceText, displayPath: String) {
        self.text = text
        self.displayPath = displayPath
    }

    /// True when loading may leave the file unscanned: it declares no modules (so it adds no files to the crate)
    /// and is plain ASCII (so its identifier filter is exact enough to prove absences).
    var isDeferrable: Bool {
        !text.mentionsModule && !text.hasNonASCII
    }

    /// Whether the tokens and items are held now.
    var isScanned: Bool {
        lock.withLock { scanned != nil }
    }

    /// Lets the tokens and items go (the text stays): the next ``entry`` lexes and scans the same text again.
    func releaseScan() {
        lock.withLock { scanned = nil }
    }

    /// The tokens and unfiltered items, lexed and scanned on first use.
    var entry: SourceCache.Entry {
        lock.withLock {
            if let scanned { return scanned }
            let entry = SourceCache.scan(text.text, displayPath: displayPath)
            scanned = entry
            return entry
        }
    }
}
