/// Finds many literal strings in one pass over a buffer: an Aho–Corasick automaton compiled to a dense table.
///
/// Matching is ASCII case-insensitive and transparent to ANSI escape sequences (`ESC [ … final-byte`), so a
/// coloured log matches like a plain one. The table is indexed by byte class rather than by byte: every byte
/// that occurs in no needle shares class 0, which keeps the table small enough to stay in cache.
struct MultiPatternMatcher: Sendable {
    /// The needles, in the order given; a match reports indices into this array.
    let needles: [[UInt8]]
    /// Byte → class index (bytes folded to lower case first).
    let byteClass: [UInt8]
    let classCount: Int
    /// `table[state + class]` is the next state, premultiplied by `classCount`.
    let table: [Int32]
    /// States at or above this value (premultiplied) are "special": they end a needle or are the escape marker.
    let firstSpecial: Int32
    /// The marker state for ESC; never entered, it tells the scanner to skip an escape sequence.
    let escapeMarker: Int32
    /// For each special state (indexed by `(state - firstSpecial) / classCount`), the needles ending there.
    let outputs: [[Int]]

    static let escape: UInt8 = 0x1B

    init(needles rawNeedles: [String]) {
        let folded = rawNeedles.map { Array($0.utf8).map(Self.fold) }
        needles = folded
        // Byte classes: one per distinct byte used by a needle, one for ESC, class 0 for everything else.
        var classOf = [UInt8](repeating: 0, count: 256)
        var next: UInt8 = 1
        for needle in folded {
            for byte in needle where classOf[Int(byte)] == 0 && byte != Self.escape {
                classOf[Int(byte)] = next
                next += 1
            }
        }
        let escapeClass = next
        classOf[Int(Self.escape)] = escapeClass
        let classes = Int(next) + 1
        for byte in 0..<256 {
            let lower = Self.fold(UInt8(byte))
            if lower != UInt8(byte) { classOf[byte] = classOf[Int(lower)] }
        }
        byteClass = classOf
        classCount = classes

        // The trie.
        var goto: [[Int32]] = [[Int32](repeating: -1, count: classes)]
        var out: [[Int]] = [[]]
        for (index, needle) in folded.enumerated() {
            var state = 0
            for byte in needle {
                let cls = Int(classOf[Int(byte)])
                if goto[state][cls] < 0 {
                    goto[state][cls] = Int32(goto.count)
                    goto.append([Int32](repeating: -1, count: classes))
                    out.append([])
                }
                state = Int(goto[state][cls])
            }
            out[state].append(index)
        }
        // Failure links, breadth first, turning the trie into a complete automaton.
        var fail = [Int](repeating: 0, count: goto.count)
        var queue: [Int] = []
        for cls in 0..<classes {
            if goto[0][cls] < 0 {
                goto[0][cls] = 0
            } else {
                queue.append(Int(goto[0][cls]))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            out[state].append(contentsOf: out[fail[state]])
            for cls in 0..<classes {
                let child = goto[state][cls]
                if child < 0 {
                    goto[state][cls] = goto[fail[state]][cls]
                } else {
                    fail[Int(child)] = Int(goto[fail[state]][cls])
                    queue.append(Int(child))
                }
            }
        }
        // Renumber: plain states first (root stays 0), then states with output, then the escape marker.
        let plain = (0..<goto.count).filter { out[$0].isEmpty }
        let terminal = (0..<goto.count).filter { !out[$0].isEmpty }
        var newID = [Int](repeating: 0, count: goto.count)
        for (position, state) in (plain + terminal).enumerated() { newID[state] = position }
        let markerID = goto.count
        var dense = [Int32](repeating: 0, count: (goto.count + 1) * classes)
        for state in 0..<goto.count {
            let row = newID[state] * classes
            for cls in 0..<classes {
                dense[row + cls] = Int32(newID[Int(goto[state][cls])] * classes)
            }
            dense[row + Int(escapeClass)] = Int32(markerID * classes)
        }
        table = dense
        firstSpecial = Int32(plain.count * classes)
        escapeMarker = Int32(markerID * classes)
        outputs = terminal.map { out[$0].sorted() }
    }

    /// ASCII lower-casing of one byte.
    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Scans `bytes[start..<end]`, calling `onMatch(needleIndex, endOffset)` for every needle occurrence, where
    /// `endOffset` is the offset just past the needle's last byte. Escape sequences are skipped as if absent.
    /// Matching restarts at every newline (no needle contains one), so lines never match across each other.
    func scan(
        _ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, onMatch: (Int, Int) -> Void
    ) {
        table.withUnsafeBufferPointer { tablePointer in
            byteClass.withUnsafeBufferPointer { classPointer in
                let t = tablePointer.baseAddress!
                let c = classPointer.baseAddress!
                var state: Int32 = 0
                var i = start
                while i < end {
                    let next = t[Int(state) &+ Int(c[Int(bytes[i])])]
                    i &+= 1
                    if next < firstSpecial {
                        state = next
                        continue
                    }
                    if next == escapeMarker {
                        i = Self.skipEscape(bytes, at: i, end: end)
                        continue
                    }
                    state = next
                    for needle in outputs[Int((next - firstSpecial)) / classCount] {
                        onMatch(needle, i)
                    }
                }
            }
        }
    }

    /// Skips the rest of an escape sequence whose ESC was just consumed; returns the offset after it.
    @inline(__always) static func skipEscape(_ bytes: UnsafePointer<UInt8>, at position: Int, end: Int) -> Int {
        var i = position
        guard i < end, bytes[i] == 0x5B else { return i }  // only CSI sequences: ESC [
        i += 1
        while i < end {
            let byte = bytes[i]
            i += 1
            if byte >= 0x40 && byte <= 0x7E { break }
            if byte == 0x0A { return i - 1 }  // malformed: never swallow a newline
        }
        return i
    }
}
