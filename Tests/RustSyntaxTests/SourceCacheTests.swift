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

    /// Releasing a directory's scans drops the tokens and items of the files shown under it, and only those;
    /// the texts stay, so loading again reads nothing and gives the same crate.
    @Test func releasedScansAreMadeAgainFromTheKeptText() throws {
        let files = [
            "runtime/src/lib.rs": "mod timing;\npub const CAPACITY: u32 = 3;\n",
            "runtime/src/timing.rs": "pub const MILLISECS_PER_BLOCK: u64 = 6_000;\n",
            "runtime-common/src/lib.rs": "pub const SLOT: u64 = 6_000;\n",
        ]
        let provider = CountingProvider(files)
        let cache = SourceCache()
        let before = try CrateSource.load(
            name: "runtime", rootFile: "runtime/src/lib.rs", provider: provider, cache: cache)
        _ = try CrateSource.load(
            name: "common", rootFile: "runtime-common/src/lib.rs", provider: provider, cache: cache)
        // The module file is deferred (it declares no modules) until a lookup reaches it.
        #expect(ConstEvaluator(crate: before).evaluate(path: "timing::MILLISECS_PER_BLOCK").value.integerValue == 6_000)
        let lib = try cache.source("runtime/src/lib.rs", displayPath: "runtime/src/lib.rs", provider: provider)
        let timing = try cache.source(
            "runtime/src/timing.rs", displayPath: "runtime/src/timing.rs", provider: provider)
        let common = try cache.source(
            "runtime-common/src/lib.rs", displayPath: "runtime-common/src/lib.rs", provider: provider)
        #expect(lib.isScanned && timing.isScanned && common.isScanned)

        cache.releaseScans(under: "runtime")
        #expect(!lib.isScanned && !timing.isScanned)
        #expect(common.isScanned, "a directory that only starts with the same name keeps its scans")
        cache.releaseScans(under: ".")
        #expect(common.isScanned, "the repository root is never released as a whole")

        let after = try CrateSource.load(
            name: "runtime", rootFile: "runtime/src/lib.rs", provider: provider, cache: cache)
        #expect(provider.reads("runtime/src/lib.rs") == 1 && provider.reads("runtime/src/timing.rs") == 1)
        #expect(after.files.map(\.tokens) == before.files.map(\.tokens))
        #expect(after.files.map(\.items) == before.files.map(\.items))
        #expect(ConstEvaluator(crate: after).evaluate(path: "timing::MILLISECS_PER_BLOCK").value.integerValue == 6_000)
    }
}
