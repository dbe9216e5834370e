#if canImport(Glibc)
    import Glibc
#endif

/// Settings of glibc's allocator for a short run that allocates a lot from several threads.
///
/// Crates are analysed on worker threads, whose allocations live in glibc's per-thread arenas. Such an arena
/// grows its heap 128 kB at a time (one `mprotect` each) and hands memory back as soon as 128 kB at its top are
/// free, so the same pages were made accessible, trimmed and made accessible again: `inspect` of a 24-runtime
/// monorepo made about 3 500 `mprotect` calls. Trimming only above 256 MB (and padding the main heap's growth
/// to 16 MB) takes that to about 200 calls and the run's CPU time down by about 3%. Memory stays reserved for
/// the rest of a run that is about to end anyway; pages are still touched (and counted) only when used.
enum MallocTuning {
    /// `M_TRIM_THRESHOLD` and `M_TOP_PAD` of glibc's `<malloc.h>`, which the Glibc module does not import.
    static let trimThresholdOption: Int32 = -1
    static let topPadOption: Int32 = -2
    static let topPad: Int32 = 16 << 20
    static let trimThreshold: Int32 = 256 << 20

    static func apply() {
        #if canImport(Glibc)
            // `mallopt` is looked up rather than declared: `<malloc.h>` is not part of the Glibc module.
            guard let symbol = dlsym(nil, "mallopt") else { return }
            let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
            _ = mallopt(topPadOption, topPad)
            _ = mallopt(trimThresholdOption, trimThreshold)
        #endif
    }
}
