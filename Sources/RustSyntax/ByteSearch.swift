#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Byte searches over a file's UTF-8 with `memchr`, which is much faster than a byte loop over the long runs
/// (comments, the rest of a line) the pre-scan, the item-macro prefilter and the lexer skip.
enum ByteSearch {
    /// The index of the first `byte` in `start..<end` of `bytes` (`end` defaults to the whole buffer), or `end`.
    static func index(
        of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int? = nil
    ) -> Int {
        let end = end ?? bytes.count
        guard start < end, let base = bytes.baseAddress, let found = memchr(base + start, Int32(byte), end - start)
        else { return end }
        return UnsafePointer<UInt8>(found.assumingMemoryBound(to: UInt8.self)) - base
    }
}
