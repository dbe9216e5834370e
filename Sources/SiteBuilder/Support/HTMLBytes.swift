#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// HTML escaping on UTF-8 bytes (the five characters `& < > " '`), for the hot paths.
enum HTMLBytes {
    static func appendEscaped(_ bytes: some Sequence<UInt8>, to out: inout [UInt8]) {
        for byte in bytes {
            switch byte {
            case 0x26: out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B])  // &amp;
            case 0x3C: out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B])  // &lt;
            case 0x3E: out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B])  // &gt;
            case 0x22: out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B])  // &quot;
            case 0x27: out.append(contentsOf: [0x26, 0x23, 0x33, 0x39, 0x3B])  // &#39;
            default: out.append(byte)
            }
        }
    }

    /// Escapes a string for HTML text and quoted attributes.
    static func escape(_ text: String) -> String {
        var needs = false
        for byte in text.utf8 where byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0x27 {
            needs = true
            break
        }
        guard needs else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        appendEscaped(text.utf8, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The byte offset of the first `needle` in `text`, or nil.
    static func find(_ needle: [UInt8], in text: String) -> Int? {
        var text = text
        return text.withUTF8 { find(needle, in: $0, from: 0) }
    }

    /// The byte offset of the first `needle` in `bytes` at or after `from`, or nil. C's `memchr` finds each
    /// candidate by the needle's last byte (the needles start with a space or `<`, which are everywhere in HTML):
    /// the search runs over a whole rendered page per call, where a byte-by-byte loop was a visible cost.
    static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard let lastByte = needle.last, from >= 0, from <= bytes.count, needle.count <= bytes.count - from,
            let base = bytes.baseAddress
        else { return nil }
        let tail = needle.count - 1
        // `end` is where the needle's last byte may sit: candidates run from `from + tail` to the buffer's end.
        var end = from + tail
        while end < bytes.count {
            guard let hit = memchr(base + end, Int32(lastByte), bytes.count - end) else { return nil }
            end = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
            let start = end - tail
            var k = 0
            while k < tail && bytes[start + k] == needle[k] { k += 1 }
            if k == tail { return start }
            end += 1
        }
        return nil
    }
}
