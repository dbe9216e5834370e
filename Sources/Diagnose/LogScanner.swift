import Foundation
import ParaReadyCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams a log through the signature catalog in constant memory.
///
/// The log is read with read(2) into a fixed 1 MiB buffer. Each buffer's complete lines are scanned once by a
/// multi-pattern automaton over every anchor; only lines where an anchor ends are looked at further (escape
/// sequences removed, decoded, patterns and regular expressions applied). Lines are counted with a separate
/// vectorisable pass. A line is attributed to the record that begins at the nearest timestamped line above it,
/// so a panic message on the line after `panicked at …:` or a WASM backtrace belongs to its panic.
final class LogScanner {
    /// What a needle (anchor) of the automaton stands for.
    enum Target {
        case signature(Int)
        case blockImport
    }

    /// Per-signature accumulation.
    struct SignatureState {
        var count = 0
        var first: Occurrence?
        var last: Occurrence?
        var echoes = 0
        var variantCounts: [Int]
        var lastRecord = -1
        /// Last line of an occurrence or echo (for pairing with a later panic).
        var lastLine = -1
        /// Last line of a counted occurrence (for attributing echoes).
        var lastCountedLine = -1
        var roots: [Int: Int] = [:]
        var unpaired = 0
    }

    static let chunkSize = 1 << 20

    let catalog: SignatureCatalog
    let matcher: MultiPatternMatcher
    let targets: [Target]
    private(set) var states: [SignatureState]
    private(set) var parachainImports: BlockIntervalTracker
    private(set) var untaggedImports: BlockIntervalTracker
    let intervalSignatures: [Int]
    private(set) var bytesRead = 0
    private var lineBase = 0
    private var endsWithNewline = true
    private var cachedHeader: LogLine.Header?
    private var cachedUpTo = 0
    private var events: [(needle: Int, offset: Int)] = []
    private let echoMarkers: [String]

    init(catalog: SignatureCatalog) {
        self.catalog = catalog
        var needles: [String] = []
        var targets: [Target] = []
        for (index, signature) in catalog.signatures.enumerated() where signature.detection == .log {
            for anchor in Set(signature.patterns.map(\.anchor)).sorted() {
                needles.append(anchor)
                targets.append(.signature(index))
            }
        }
        needles.append(catalog.blockImportAnchor)
        targets.append(.blockImport)
        self.matcher = MultiPatternMatcher(needles: needles)
        self.targets = targets
        self.states = catalog.signatures.map {
            SignatureState(variantCounts: Array(repeating: 0, count: $0.patterns.count))
        }
        let intervalSignatures = catalog.signatures.indices.filter { catalog.signatures[$0].intervals != nil }
        self.intervalSignatures = intervalSignatures
        let thresholds = intervalSignatures.map { catalog.signatures[$0].intervals!.atLeastMs }
        self.parachainImports = BlockIntervalTracker(thresholds: thresholds)
        self.untaggedImports = BlockIntervalTracker(thresholds: thresholds)
        self.echoMarkers = catalog.echoMarkers
    }

    /// Lines seen so far (a last line without a newline counts).
    var lines: Int { lineBase + (endsWithNewline ? 0 : 1) }

    /// The tracker whose numbers the report uses: `[Parachain]` imports when there were any, else untagged ones.
    var intervals: (tracker: BlockIntervalTracker, chain: String?) {
        parachainImports.imports > 0 ? (parachainImports, "parachain") : (untaggedImports, nil)
    }

    /// Reads `fd` to its end. Throws the errno text on a read error.
    func scan(fileDescriptor fd: Int32) throws(ReadFailure) {
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: Self.chunkSize)
        defer { buffer.deallocate() }
        var filled = 0
        while true {
            let count = read(fd, buffer + filled, Self.chunkSize - filled)
            if count < 0 {
                if errno == EINTR { continue }
                throw ReadFailure(message: String(cString: strerror(errno)))
            }
            if count == 0 {
                if filled > 0 { feed(buffer, filled) }
                return
            }
            filled += count
            bytesRead += count
            guard filled == Self.chunkSize else { continue }
            var cut = filled
            while cut > 0 && buffer[cut - 1] != 0x0A { cut -= 1 }
            if cut == 0 { cut = filled }  // a line longer than the buffer: scan it in pieces
            feed(buffer, cut)
            let rest = filled - cut
            if rest > 0 { memmove(buffer, buffer + cut, rest) }
            filled = rest
        }
    }

    /// Scans bytes held in memory (used by tests and for small inputs).
    func scan(bytes: [UInt8]) {
        var start = 0
        bytes.withUnsafeBufferPointer { all in
            guard let base = all.baseAddress else { return }
            while start < all.count {
                var cut = min(all.count, start + Self.chunkSize)
                if cut < all.count {
                    var k = cut
                    while k > start && base[k - 1] != 0x0A { k -= 1 }
                    if k > start { cut = k }
                }
                feed(base + start, cut - start)
                start = cut
            }
        }
        bytesRead += bytes.count
    }

    /// Why reading failed.
    struct ReadFailure: Error {
        var message: String
    }

    // MARK: - One buffer of complete lines

    private func feed(_ bytes: UnsafePointer<UInt8>, _ end: Int) {
        guard end > 0 else { return }
        events.removeAll(keepingCapacity: true)
        matcher.scan(bytes, from: 0, to: end) { needle, offset in events.append((needle, offset)) }
        var countedPos = 0
        var countedLines = 0
        var lineStart = 0
        var lineEnd = -1
        var lineNumber = 0
        var handled: [Int] = []
        for event in events {
            if event.offset > lineEnd {
                lineStart = Self.lineStart(bytes, before: event.offset)
                lineEnd = Self.lineEnd(bytes, from: event.offset, end: end)
                countedLines += Self.countNewlines(bytes, countedPos, lineStart)
                countedPos = lineStart
                lineNumber = lineBase + countedLines + 1
                handled.removeAll(keepingCapacity: true)
            }
            switch targets[event.needle] {
            case .signature(let index):
                guard !handled.contains(index) else { continue }
                handled.append(index)
                handleSignature(index, bytes, lineStart, lineEnd, lineNumber, focus: event.offset, chunkEnd: end)
            case .blockImport:
                handleImport(bytes, lineStart, lineEnd, lineNumber, numberAt: event.offset)
            }
        }
        countedLines += Self.countNewlines(bytes, countedPos, end)
        endsWithNewline = bytes[end - 1] == 0x0A
        // Remember the last record header of this buffer for lines continuing it in the next one.
        let lastLineNumber = lineBase + countedLines + (endsWithNewline ? 0 : 1)
        let lastStart = Self.lineStart(bytes, before: endsWithNewline ? end - 1 : end)
        _ = header(forLine: lastLineNumber, start: lastStart, bytes, chunkEnd: end)
        lineBase += countedLines
    }

    private func handleSignature(
        _ index: Int, _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ line: Int, focus: Int,
        chunkEnd: Int
    ) {
        let signature = catalog.signatures[index]
        let found = header(forLine: line, start: start, bytes, chunkEnd: chunkEnd)
        let recordHeader = found.flatMap { line - $0.line <= catalog.maxRecordLines ? $0 : nil }
        let record = recordHeader?.line ?? line
        guard states[index].lastRecord != record else { return }
        let full = LogLine.matchText(bytes, start, end)
        var matched: (pattern: Int, fields: [String: String])?
        for (position, pattern) in signature.patterns.enumerated() {
            if let fields = pattern.match(full) {
                matched = (position, fields)
                break
            }
        }
        guard let matched else { return }
        var state = states[index]
        defer { states[index] = state }
        state.lastRecord = record
        let isEcho =
            state.lastCountedLine >= 0 && line - state.lastCountedLine <= catalog.echoWithinLines
            && (hasEchoMarker(full) || (recordHeader.map { hasEchoMarker($0.text) } ?? false))
        state.lastLine = line
        if isEcho {
            state.echoes += 1
            return
        }
        let occurrence = Occurrence(
            line: line, timestamp: recordHeader?.timestamp, chain: recordHeader?.chain,
            text: LogLine.text(bytes, start, end, focus: focus),
            fields: matched.fields)
        state.count += 1
        if state.first == nil { state.first = occurrence }
        state.last = occurrence
        state.variantCounts[matched.pattern] += 1
        state.lastCountedLine = line
        if !signature.follows.isEmpty {
            var best: (index: Int, line: Int)?
            for root in signature.follows {
                guard let rootIndex = catalog.index(of: root) else { continue }
                let rootLine = rootIndex == index ? -1 : states[rootIndex].lastLine
                if rootLine >= 0 && line - rootLine <= signature.followsWithinLines && rootLine > (best?.line ?? -1) {
                    best = (rootIndex, rootLine)
                }
            }
            if let best {
                state.roots[best.index, default: 0] += 1
            } else {
                state.unpaired += 1
            }
        }
    }

    private func handleImport(
        _ bytes: UnsafePointer<UInt8>, _ start: Int, _ end: Int, _ line: Int, numberAt offset: Int
    ) {
        // Most lines end here, so nothing is allocated until an interval needs reporting.
        guard let stamp = LogLine.stamp(bytes, start, end), stamp.chain != .relaychain,
            let number = LogLine.number(bytes, offset, end)
        else { return }
        let build: (Int) -> Occurrence = { interval in
            let header = LogLine.header(bytes, start, end, line: line)
            return Occurrence(
                line: line, timestamp: header?.timestamp, chain: header?.chain,
                text: LogLine.text(bytes, start, end, focus: offset),
                fields: ["block": String(number), "intervalMs": String(interval)])
        }
        if stamp.chain == .parachain {
            parachainImports.record(number: number, epochMs: stamp.epochMs, occurrence: build)
        } else {
            untaggedImports.record(number: number, epochMs: stamp.epochMs, occurrence: build)
        }
    }

    private func hasEchoMarker(_ text: String) -> Bool {
        echoMarkers.contains { SignaturePattern.containsIgnoringCase(text, $0) }
    }

    /// The nearest record header at or above line `line` (which starts at `start` in this buffer).
    ///
    /// Scans upwards line by line until a timestamped line or the part already known; the answer is cached, so
    /// every byte is looked at most once however many lines ask.
    private func header(
        forLine line: Int, start: Int, _ bytes: UnsafePointer<UInt8>, chunkEnd: Int
    ) -> LogLine.Header? {
        if line <= cachedUpTo { return cachedHeader }
        var position = start
        var current = line
        var found: LogLine.Header?
        while true {
            if LogLine.isHeader(bytes, position, min(chunkEnd, position + LogLine.maxPrefixLength + 64)) {
                found = LogLine.header(
                    bytes, position, Self.lineEnd(bytes, from: position, end: chunkEnd), line: current)
                break
            }
            if current - 1 <= cachedUpTo || position == 0 { break }
            position = Self.lineStart(bytes, before: position - 1)
            current -= 1
        }
        if let found { cachedHeader = found }
        cachedUpTo = line
        return cachedHeader
    }

    // MARK: - Byte helpers

    /// The offset where the line containing offset `position - 1` starts.
    @inline(__always) static func lineStart(_ bytes: UnsafePointer<UInt8>, before position: Int) -> Int {
        var i = position
        while i > 0 && bytes[i - 1] != 0x0A { i -= 1 }
        return i
    }

    /// The offset of the newline ending the line at `position` (or `end`).
    @inline(__always) static func lineEnd(_ bytes: UnsafePointer<UInt8>, from position: Int, end: Int) -> Int {
        guard position < end else { return end }
        guard let hit = memchr(bytes + position, 0x0A, end - position) else { return end }
        return bytes.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// Newlines in `bytes[from..<to]`, eight bytes at a time.
    @inline(__always) static func countNewlines(_ bytes: UnsafePointer<UInt8>, _ from: Int, _ to: Int) -> Int {
        var count = 0
        var i = from
        let raw = UnsafeRawPointer(bytes)
        while i + 8 <= to {
            let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) ^ 0x0A0A_0A0A_0A0A_0A0A
            // High bit of each byte set unless the byte is zero (exact, no carries between bytes).
            let nonzero = ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word
            count += (~nonzero & 0x8080_8080_8080_8080).nonzeroBitCount
            i += 8
        }
        while i < to {
            if bytes[i] == 0x0A { count += 1 }
            i += 1
        }
        return count
    }
}
