import Foundation

/// FNV-1a 64-bit: a stable, platform-independent fingerprint for cache busting and change detection.
struct StableHash: Sendable {
    private var state: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func add(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            state ^= UInt64(byte)
            state = state &* 0x100_0000_01b3
        }
        // Separator so that ("ab","c") and ("a","bc") differ.
        state ^= 0xFF
        state = state &* 0x100_0000_01b3
    }

    mutating func add(_ text: String) {
        add(text.utf8)
    }

    var value: UInt64 { state }

    /// The first `count` hex digits.
    func hex(_ count: Int) -> String {
        let full = String(state, radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - full.count)) + full
        return String(padded.prefix(count))
    }
}
