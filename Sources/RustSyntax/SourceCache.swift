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
    /// By path, then by display path (one path is shown one way in an extraction): looked up with the strings
    /// the loader already has, where a joined key was a new string per lookup.
    private var sources: [String: [String: CachedSource]] = [:]
    /// Answers of ``SourceProvider/fileExists(_:)`` and ``SourceProvider/canonicalPath(_:)`` by path: every load
    /// of a crate (each feature variant, each depending crate) probes the same module files, and those `stat`
    /// calls were about 5% of an `inspect` of a large monorepo. The files do not change during one extraction.
    private var existing: [String: Bool] = [:]
    private var canonical: [String: Result<String, CanonicalPathFailure>] = [:]
    /// Directory listings by path (nil: not listable), so that the loader's probe of a module file that is not
    /// there (`x/mod.rs` beside every `x.rs`) costs no `stat` and `lstat`.
    private var listings: [String: DirectoryEntries?] = [:]

    public init() {}

    /// How many files the cache holds.
    public var count: Int {
        lock.withLock { sources.values.reduce(0) { $0 + $1.count } }
    }

    /// The cached text of `path` (shown as `displayPath` in locations), read and pre-scanned on first use; its
    /// tokens and items are computed when first asked for.
    func source(
        _ path: String, displayPath: String, provider: any SourceProvider
    ) throws(ParaReadyError) -> CachedSource {
        if let cached = lock.withLock({ sources[path]?[displayPath] }) { return cached }
        let source = try Self.read(path, displayPath: displayPath, provider: provider)
        return lock.withLock {
            if let raced = sources[path]?[displayPath] { return raced }
            sources[path, default: [:]][displayPath] = source
            return source
        }
    }

    /// Lets go of the tokens and items of the files shown under `displayDirectory` (a repository-relative
    /// directory, not `.`); their texts stay, so a later load lexes the same text again and gives the same
    /// result. Called when the crate there has been analysed: every crate's tokens and items otherwise stayed
    /// until the end, and the fresh memory each new crate then needed was a large share of an `inspect` of a
    /// monorepo (peak memory 44 → 33 MB on the bench tree, 6% less CPU).
    public func releaseScans(under displayDirectory: String) {
        guard !displayDirectory.isEmpty, displayDirectory != "." else { return }
        let prefix = Array((displayDirectory.hasSuffix("/") ? displayDirectory : displayDirectory + "/").utf8)
        var matching: [CachedSource] = []
        lock.withLock {
            for byDisplay in sources.values {
                for (display, source) in byDisplay where Self.hasBytePrefix(display, prefix) { matching.append(source) }
            }
        }
        for source in matching { source.releaseScan() }
    }

    /// Whether the UTF-8 bytes of `text` start with `prefix` (`hasPrefix` compares Characters, a hundred times
    /// slower over the cache's paths).
    private static func hasBytePrefix(_ text: String, _ prefix: [UInt8]) -> Bool {
        guard text.utf8.count >= prefix.count else { return false }
        var text = text
        return text.withUTF8 { bytes in
            prefix.withUnsafeBufferPointer { wanted in
                guard let start = bytes.baseAddress, let other = wanted.baseAddress else { return wanted.isEmpty }
                return memcmp(start, other, wanted.count) == 0
            }
        }
    }

    /// Whether `path` exists, as `provider` says the first time it is asked.
    func fileExists(_ path: String, provider: any SourceProvider) -> Bool {
        if let known = lock.withLock({ existing[path] }) { return known }
        let exists = listedIdentity(path) != nil || (mayExist(path, provider: provider) && provider.fileExists(path))
        lock.withLock { existing[path] = exists }
        return exists
    }

    /// False only when a listing proves that nothing named `path` exists: the listing of its directory lacks its
    /// name, or its directory itself is proven missing. Names that are listed (files, directories, dangling or
    /// looping links) and unlistable directories are left to the provider's own probe.
    private func mayExist(_ path: String, provider: any SourceProvider) -> Bool {
        guard let (directory, name) = Self.split(path), !name.isEmpty else { return true }
        if let entries = listing(directory, provider: provider) { return entries.names.contains(name) }
        return mayExist(directory, provider: provider)
    }

    /// The identity of `path` when its directory's listing (already made) shows it as a regular file.
    private func listedIdentity(_ path: String) -> String? {
        guard let (directory, name) = Self.split(path) else { return nil }
        return madeListing(directory)?.regularFiles[name]
    }

    private func listing(_ directory: String, provider: any SourceProvider) -> DirectoryEntries? {
        if let known = lock.withLock({ listings[directory] }) { return known }
        // A directory its parent's listing does not name is not there: no failing `opendir` is needed to learn
        // that (the probe of `x/mod.rs` beside each `x.rs` asked for `x/` hundreds of times in a large runtime).
        if let (parent, name) = Self.split(directory), let siblings = madeListing(parent),
            !siblings.names.contains(name)
        {
            lock.withLock { listings[directory] = .some(nil) }
            return nil
        }
        let entries = provider.entries(ofDirectory: directory)
        lock.withLock { listings[directory] = entries }
        return entries
    }

    /// The listing of `directory` if one was made already and succeeded; never lists.
    private func madeListing(_ directory: String) -> DirectoryEntries? {
        lock.withLock { listings[directory] } ?? nil
    }

    /// A path's directory and last component; nil for a path without a `/` below the root.
    private static func split(_ path: String) -> (directory: String, name: String)? {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.utf8.startIndex else {
            return nil
        }
        return (String(path[..<slash]), String(path[path.utf8.index(after: slash)...]))
    }

    /// The canonical identity of `path`, as `provider` gives it the first time it is asked.
    func canonicalPath(_ path: String, provider: any SourceProvider) -> Result<String, CanonicalPathFailure> {
        if let known = lock.withLock({ canonical[path] }) { return known }
        let result = listedIdentity(path).map { .success($0) } ?? provider.canonicalPath(path)
        lock.withLock { canonical[path] = result }
        return result
    }

    /// Reads and pre-scans one file without caching.
    static func read(
        _ path: String, displayPath: String, provider: any SourceProvider
    ) throws(ParaReadyError) -> CachedSource {
        CachedSource(SourceText(try provider.read(path, displayPath: displayPath)), displayPath: displayPath)
    }

    /// Lexes and scans text (shown as `displayPath` in locations).
    static func scan(_ text: String, displayPath: String) -> Entry {
        let tokens = Lexer.tokenize(text)
        let mentionsCfg = tokens.contains { $0.isIdentifier && ($0.name == "cfg" || $0.name == "cfg_attr") }
        return Entry(
            tokens: tokens, scanned: ItemScanner.scanFile(tokens, file: displayPath), mentionsCfg: mentionsCfg)
    }
}
