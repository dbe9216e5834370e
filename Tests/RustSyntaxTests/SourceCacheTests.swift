import Foundation
import ParaReadyCore
import Testing

@testable import RustSyntax

/// A memory provider that counts how often each file is read.
final class CountingProvider: SourceProvider, @unchecked Sendable {
    let files: MemorySourceProvider
    private let lock = NSLock()
    private var counts: [String: Int] = [:]

    init(_ files: [String: String]) {
        self.files = MemorySourceProvider(files: files)
    }

    func reads(_ path: String) -> Int {
        lock.withLock { counts[path, default: 0] }
    }

    func read(_ path: String, displayPath: String) throws(ParaReadyError) -> String {
        lock.withLock { counts[path, default: 0] += 1 }
        return try files.read(path, displayPath: displayPath)
    }

    func fileExists(_ path: String) -> Bool { files.fileExists(path) }

    func canonicalPath(_ path: String) -> Result<String, CanonicalPathFailure> { files.canonicalPath(path) }
}

@Suite struct SourceCacheTests {
    static let files = [
        "src/lib.rs": "mod timing;\n#[cfg(feature = \"fast\")]\npub const CAPACITY: u32 = 3;\n"
            + "#[cfg(not(feature = \"fast\"))]\npub const CAPACITY: u32 = 1;\n",
        "src/timing.rs": "pub const MILLISECS_PER_BLOCK: u64 = 6_000;\n",
    ]

    @Test func eachFileIsReadOnceForEveryFeatureSet() throws {
        let provider = CountingProvider(Self.files)
        let cache = SourceCache()
        let slow = try CrateSource.load(name: "c", rootFile: "src/lib.rs", provider: provider, cache: cache)
        let fast = try CrateSource.load(
            name: "c", rootFile: "src/lib.rs", environment: CfgEnvironment(features: ["fast"]), provider: provider,
            cache: cache)
        #expect(provider.reads("src/lib.rs") == 1)
        #expect(provider.reads("src/timing.rs") == 1)
        #expect(cache.count == 2)
        // The cache holds unfiltered scans: each load still applies its own cfg.
        #expect(ConstEvaluator(crate: slow).evaluate(path: "CAPACITY").value.integerValue == 1)
        #expect(ConstEvaluator(crate: fast).evaluate(path: "CAPACITY").value.integerValue == 3)
    }

    @Test func cachedLoadEqualsUncachedLoad() throws {
        let provider = CountingProvider(Self.files)
        let cache = SourceCache()
        let environment = CfgEnvironment(features: ["fast"])
        _ = try CrateSource.load(name: "c", rootFile: "src/lib.rs", provider: provider, cache: cache)
        let cached = try CrateSource.load(
            name: "c", rootFile: "src/lib.rs", environment: environment, provider: provider, cache: cache)
        let fresh = try CrateSource.load(
            name: "c", rootFile: "src/lib.rs", environment: environment, provider: provider)
        #expect(cached.files == fresh.files)
        #expect(cached.diagnostics == fresh.diagnostics)
        #expect(provider.reads("src/lib.rs") == 2)
    }

    @Test func unreadableFilesAreNotCached() throws {
        let provider = CountingProvider(["src/lib.rs": "mod gone;"])
        let cache = SourceCache()
        let crate = try CrateSource.load(name: "c", rootFile: "src/lib.rs", provider: provider, cache: cache)
        #expect(crate.diagnostics.count == 1)
        #expect(cache.count == 1)
    }
}
