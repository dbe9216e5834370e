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
    /// `table[state + class]` is the next state, premultiplied by `classCount`: 16-bit when the automaton is small
    /// enough (a smaller table stays in the fastest cache), 32-bit otherwise.
    let narrowTable: [UInt16]?
    let wideTable: [UInt32]
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
        wideTable = dense.map { UInt32($0) }
        narrowTable = dense.count <= Int(UInt16.max) ? dense.map { UInt16($0) } : nil
        firstSpecial = Int32(plain.count * classes)
        escapeMarker = Int32(markerID * classes)
        outputs = terminal.map { out[$0].sorted() }
    }

    /// ASCII lower-casing of one byte.
    @inline(__always) static func fold(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    /// Scans `bytes[start..<end]`, calling `onMatch(needleIndex, endOffset)` for every needle occurrence, in order
    /// of `endOffset`, where `endOffset` is the offset just past the needle's last byte. Escape sequences are
    /// skipped as if absent. Matching restarts at every newline (no needle contains one), so lines never match
    /// across each other.
    ///
    /// The range is split at line starts into four lanes that are walked in one loop: each lane's next state
    /// depends on its previous lookup, and four independent chains keep the processor busy while one waits for
    /// memory. Because matching restarts at each newline, the lanes find exactly what one pass would.
    func scan(_ bytes: UnsafePointer<UInt8>, from start: Int, to end: Int, onMatch: (Int, Int) -> Void) {
        var cuts = [start]
        for k in 1..<4 {
            var cut = max(start + (end - start) * k / 4, cuts[k - 1])
            while cut < end && cut > start && bytes[cut - 1] != 0x0A { cut += 1 }
            cuts.append(cut)
        }
        cuts.append(end)
        var found: [[(Int, Int)]] = [[], [], [], []]
        if let narrowTable {
            narrowTable.withUnsafeBufferPointer { walk($0.baseAddress!, bytes, cuts, &found) }
        } else {
            wideTable.withUnsafeBufferPointer { walk($0.baseAddress!, bytes, cuts, &found) }
        }
        for lane in found {
            for (needle, offset) in lane { onMatch(needle, offset) }
        }
    }

    /// Walks the four lanes `cuts[k]..<cuts[k + 1]` with transition table `t`.
    @inline(__always) private func walk<T: FixedWidthInteger & UnsignedInteger>(
        _ t: UnsafePointer<T>, _ bytes: UnsafePointer<UInt8>, _ cuts: [Int], _ found: inout [[(Int, Int)]]
    ) {
        byteClass.withUnsafeBufferPointer { classPointer in
            let c = classPointer.baseAddress!
            let special = Int(firstSpecial)
            var (s0, s1, s2, s3) = (0, 0, 0, 0)
            var (i0, i1, i2, i3) = (cuts[0], cuts[1], cuts[2], cuts[3])
            let (e0, e1, e2, e3) = (cuts[1], cuts[2], cuts[3], cuts[4])
            while true {
                let count = min(min(e0 - i0, e1 - i1), min(e2 - i2, e3 - i3))
                guard count > 0 else { break }
                let (b0, b1, b2, b3) = (bytes + i0, bytes + i1, bytes + i2, bytes + i3)
                var k = 0
                var (n0, n1, n2, n3) = (0, 0, 0, 0)
                // The hot loop: four independent lanes, one shared counter, one compare per step.
                while k < count {
                    n0 = Int(t[s0 &+ Int(c[Int(b0[k])])])
                    n1 = Int(t[s1 &+ Int(c[Int(b1[k])])])
                    n2 = Int(t[s2 &+ Int(c[Int(b2[k])])])
                    n3 = Int(t[s3 &+ Int(c[Int(b3[k])])])
                    k &+= 1
                    if _slowPath(max(max(n0, n1), max(n2, n3)) >= special) { break }
                    (s0, s1, s2, s3) = (n0, n1, n2, n3)
                }
                i0 &+= k
                i1 &+= k
                i2 &+= k
                i3 &+= k
                if max(max(n0, n1), max(n2, n3)) >= special {
                    s0 = step(n0, s0, bytes, &i0, e0, &found[0])
                    s1 = step(n1, s1, bytes, &i1, e1, &found[1])
                    s2 = step(n2, s2, bytes, &i2, e2, &found[2])
                    s3 = step(n3, s3, bytes, &i3, e3, &found[3])
                }
            }
            // Finish each lane alone.
            lane(s0, bytes, i0, e0, t, c, &found[0])
            lane(s1, bytes, i1, e1, t, c, &found[1])
            lane(s2, bytes, i2, e2, t, c, &found[2])
            lane(s3, bytes, i3, e3, t, c, &found[3])
        }
    }

    /// Handles a lane's next state `next` (reached from `state` by the byte before `i`): skips an escape
    /// sequence, records needles that end here, and returns the lane's new state.
    @inline(__always) private func step(
        _ next: Int, _ state: Int, _ bytes: UnsafePointer<UInt8>, _ i: inout Int, _ end: Int,
        _ found: inout [(Int, Int)]
    ) -> Int {
        if next < Int(firstSpecial) { return next }
        if next == Int(escapeMarker) {
            i = Self.skipEscape(bytes, at: i, end: end)
            return state
        }
        record(next, i, &found)
        return next
    }

    /// Walks one lane to its end.
    @inline(__always) private func lane<T: FixedWidthInteger & UnsignedInteger>(
        _ initial: Int, _ bytes: UnsafePointer<UInt8>, _ from: Int, _ end: Int, _ t: UnsafePointer<T>,
        _ c: UnsafePointer<UInt8>, _ found: inout [(Int, Int)]
    ) {
        var state = initial
        var i = from
        while i < end {
            let next = Int(t[state &+ Int(c[Int(bytes[i])])])
            i &+= 1
            state = step(next, state, bytes, &i, end, &found)
        }
    }

    /// Appends the needles that end in special state `state` (kept out of the hot loop).
    @inline(never) private func record(_ state: Int, _ offset: Int, _ found: inout [(Int, Int)]) {
        for needle in outputs[(state - Int(firstSpecial)) / classCount] {
            found.append((needle, offset))
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
