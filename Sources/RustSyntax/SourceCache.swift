import Foundation
import ParaReadyCore

/// Lexed and item-scanned files shared between crate loads, so that a file read for several feature sets or by
/// several crates is read, lexed and scanned once. Scanning does not depend on the ``CfgEnvironment`` (cfg
/// filtering happens afterwards), so one entry serves every configuration. Safe to use from several threads.
public final class SourceCache: @unchecked Sendable {
    /// One file's tokens and unfiltered items.
    struct Entry {
        var tokens: [Token]
        var scanned: ScannedFile
        /// False when no `cfg` or `cfg_attr` identifier occurs in the file: then cfg filtering cannot change its
        /// items in any environment, and loading skips it (most files, weight files above all, have none).
        var mentionsCfg: Bool
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]

    public init() {}

    /// How many files the cache holds.
    public var count: Int {
        lock.withLock { entries.count }
    }

    /// The cached scan of `path` (shown as `displayPath` in locations), reading and scanning it on first use.
    func entry(
        _ path: String, displayPath: String, provider: any SourceProvider
    ) throws(ParaReadyError) -> Entry {
        let key = path + "\u{0}" + displayPath
        if let cached = lock.withLock({ entries[key] }) { return cached }
        let entry = try Self.scan(path, displayPath: displayPath, provider: provider)
        lock.withLock { entries[key] = entry }
        return entry
    }

    /// Reads, lexes and scans one file without caching.
    static func scan(
        _ path: String, displayPath: String, provider: any SourceProvider
    ) throws(ParaReadyError) -> Entry {
        let text = try provider.read(path, displayPath: displayPath)
        let tokens = Lexer.tokenize(text)
        let mentionsCfg = tokens.contains { $0.isIdentifier && ($0.name == "cfg" || $0.name == "cfg_attr") }
        return Entry(
            tokens: tokens, scanned: ItemScanner.scanFile(tokens, file: displayPath), mentionsCfg: mentionsCfg)
    }
}
