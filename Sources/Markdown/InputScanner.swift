#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One linear pass over untrusted Markdown that estimates, for every `InputShape`, the work cmark-gfm 0.29.0.gfm.6
/// will do on it.
///
/// The estimates are upper bounds, never exact: the scanner knows the shapes of cmark-gfm's slow loops, not its full
/// grammar. Where it cannot tell what cmark-gfm will see it assumes the costlier reading (longer paragraphs, a table
/// where there may be none), so an input can be over-estimated but not under-estimated.
///
/// Inline work is estimated per *chunk*: a run of lines between blank lines, which always contains every paragraph,
/// heading or table cell cmark-gfm parses inline there. Rows of a table that is certainly a table are chunks of their
/// own, so a large well-formed table is not mistaken for one huge paragraph.
struct InputScanner {
    struct Measure {
        var total = 0
        var worst = 0
        var worstLine = 1
    }

    private enum Mode { case none, paragraph, table }

    /// An open top-level fenced code block, and an open top-level HTML block (see `InputScanner+Blocks`).
    private var fence: (character: UInt8, length: Int)?
    private var htmlBlock: LineReader.HTMLBlock?

    let bytes: UnsafeBufferPointer<UInt8>
    let options: MarkdownOptions
    /// Line-level helpers (kept apart: calling into a plain value copies nothing reference-counted).
    let lines: LineReader
    let tables: Bool
    let flags: InlineEstimator.Flags
    /// The estimates, indexed by `InputShape.ordinal`.
    private(set) var measures = [Measure](repeating: Measure(), count: InputShape.allCases.count)

    private var mode = Mode.none
    /// The current chunk's text (line contents without block-quote markers, joined with newlines).
    private var chunk: [UInt8] = []
    private var chunkLine = 1
    private var chunkLineCount = 0
    /// The chunk's last line, a candidate table header: where its text starts in `chunk` and in the input.
    private var lastLine: (chunkOffset: Int, rawStart: Int, contentStart: Int, end: Int, number: Int)?
    /// Whether a line of the chunk, or one before its last, opens a block quote or list item (then a table header
    /// on the last line might belong to that container, and the guard does not take the table as certain).
    private var containerLineSeen = false
    private var containerLineBeforeLast = false
    /// Offset in `chunk` of its last `|`, and the summed distances of each line start back to the `|` before it.
    private var chunkLastPipe = 0
    private var chunkBackwalk = 0
    /// Columns of the last table-delimiter-like line since the last blank line (0: none).
    private var runColumns = 0
    /// Link reference definitions: the largest one's estimated size and where it starts; `]` count for uses.
    private var largestDefinition = 0
    private var largestDefinitionLine = 1
    private var closingBrackets = 0
    /// A definition whose title may run on over the following lines of its chunk.
    private var openDefinition: (line: Int, chunkOffset: Int)?
    /// A definition without a title on its line: its title may start on the next line.
    private var pendingDefinition: (line: Int, chunkOffset: Int, length: Int)?

    init(bytes: UnsafeBufferPointer<UInt8>, options: MarkdownOptions) {
        self.bytes = bytes
        self.options = options
        self.lines = LineReader(bytes: bytes, footnotes: options.footnotes)
        self.tables = options.extensions.contains(.table)
        self.flags = InlineEstimator.Flags(
            strikethrough: options.extensions.contains(.strikethrough),
            autolink: options.extensions.contains(.autolink), smartPunctuation: options.smartPunctuation)
    }

    mutating func scan() {
        record(.documentSize, bytes.count, line: 1)
        var position = 0
        var lineNumber = 1
        // Without a carriage return in the document, C's `memchr` finds each line end (much faster than a loop).
        let onlyNewlines = !Self.contains(.carriageReturn, in: bytes, from: 0, to: bytes.count)
        while position < bytes.count {
            var end = position
            if onlyNewlines {
                end = Self.firstIndex(of: .newline, in: bytes, from: position) ?? bytes.count
            } else {
                while end < bytes.count && bytes[end] != .newline && bytes[end] != .carriageReturn { end += 1 }
            }
            processLine(start: position, end: end, number: lineNumber)
            position = end
            if position < bytes.count {
                let ending = bytes[position]
                position += 1
                if ending == .carriageReturn && position < bytes.count && bytes[position] == .newline { position += 1 }
            }
            lineNumber += 1
        }
        flushChunk()
        record(
            .referenceAmplification, saturatingMultiply(largestDefinition, closingBrackets),
            line: largestDefinitionLine)
    }

    /// Adds `cost` to `shape`'s estimate, remembering the line of the largest single contribution.
    mutating func record(_ shape: InputShape, _ cost: Int, line: Int) {
        guard cost > 0 else { return }
        let index = shape.ordinal
        measures[index].total =
            shape.isMaximum ? max(measures[index].total, cost) : saturatingAdd(measures[index].total, cost)
        if cost > measures[index].worst {
            measures[index].worst = cost
            measures[index].worstLine = line
        }
    }

    // MARK: Lines

    private mutating func processLine(start: Int, end: Int, number: Int) {
        if let open = fence {
            if lines.closesFence(start, end, open) { fence = nil }
            return
        }
        if htmlBlock == nil, let opening = lines.openingFence(start, end) {
            flushChunk()
            mode = .none
            runColumns = 0
            fence = opening
            return
        }
        trackHTMLBlock(start, end)
        let facts = lines.lineFacts(start, end)
        record(.containerNesting, lines.containerDepth(start, end), line: number)
        if options.footnotes { record(.footnoteReferences, facts.footnoteReferences, line: number) }
        closingBrackets += facts.closingBrackets
        if facts.isBlank {
            flushChunk()
            mode = .none
            runColumns = 0
            return
        }
        let contentStart = facts.contentStart
        if tables {
            record(.tableRowCells, saturatingMultiply(facts.pipes, facts.pipes), line: number)
            if handleTableLine(facts, start: start, end: end, number: number) { return }
        }
        if mode != .paragraph { flushChunk() }
        mode = .paragraph
        if let pending = pendingDefinition {
            pendingDefinition = nil
            if lines.startsWithTitleOpener(contentStart, end) {
                if openDefinition == nil { openDefinition = (pending.line, pending.chunkOffset) }
            } else {
                noteDefinitionSize(pending.length, line: pending.line)
            }
        }
        if let destinationStart = lines.definitionDestinationStart(contentStart, end) {
            noteDefinition(contentStart, destinationStart, end, number: number)
        }
        append(contentStart, end, number: number, rawStart: start)
    }

    private mutating func trackHTMLBlock(_ start: Int, _ end: Int) {
        if let block = htmlBlock {
            if block == .untilBlankLine ? lines.isWhitespace(start, end) : lines.ends(block, start, end) {
                htmlBlock = nil
            }
        } else {
            htmlBlock = lines.htmlBlockStart(start, end)
        }
    }

    /// Table bookkeeping for a non-blank line; true when the line was taken as a chunk of its own.
    private mutating func handleTableLine(_ facts: LineReader.LineFacts, start: Int, end: Int, number: Int) -> Bool {
        let cells = facts.cells
        if mode == .table {
            if lines.isCertainRow(facts) {
                record(.tableColumnLookups, saturatingMultiply(runColumns, runColumns), line: number)
                record(.tableAutocompletedCells, max(0, runColumns - cells), line: number)
                flushChunk()
                append(facts.contentStart, end, number: number, rawStart: start)
                flushChunk()
                return true
            }
            mode = .none
        }
        if facts.isDelimiterLike {
            if mode == .paragraph && !chunk.isEmpty {
                if let header = lastLine, !containerLineBeforeLast, lines.isCertainDelimiterRow(start, end),
                    case let headerFacts = lines.lineFacts(header.rawStart, header.end),
                    lines.isCertainRow(headerFacts),
                    cells == headerFacts.cells
                {
                    runColumns = max(runColumns, cells)
                    record(.tableColumnLookups, saturatingMultiply(cells, cells), line: number)
                    splitOffLastLine()
                    append(facts.contentStart, end, number: number, rawStart: start)
                    flushChunk()
                    mode = .table
                    return true
                }
                record(.tableHeaderRescan, saturatingAdd(chunk.count, chunkBackwalk / 10), line: number)
            }
            runColumns = max(runColumns, cells)
        } else if runColumns > 0 {
            record(.tableColumnLookups, saturatingMultiply(runColumns, runColumns), line: number)
            record(.tableAutocompletedCells, max(0, runColumns - cells), line: number)
        }
        return false
    }

    // MARK: Chunks

    private mutating func append(_ start: Int, _ end: Int, number: Int, rawStart: Int) {
        if chunkLineCount == 0 {
            chunkLine = number
        } else {
            chunk.append(.newline)
        }
        lastLine = (chunk.count, rawStart, start, end, number)
        containerLineBeforeLast = containerLineSeen
        if lines.startsWithContainerMarker(rawStart, end) { containerLineSeen = true }
        chunkBackwalk = saturatingAdd(chunkBackwalk, chunk.count - chunkLastPipe)
        var lastPipe = start
        if Self.contains(.pipe, in: bytes, from: start, to: end) {
            lastPipe = end
            while lastPipe > start && bytes[lastPipe - 1] != .pipe { lastPipe -= 1 }
        }
        if lastPipe > start { chunkLastPipe = chunk.count + (lastPipe - 1 - start) }
        chunk.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        chunkLineCount += 1
    }

    /// Makes the chunk's last line a chunk of its own (a table header), after the lines before it.
    private mutating func splitOffLastLine() {
        guard let header = lastLine else { return }
        chunk.removeSubrange(max(0, header.chunkOffset - 1)...)
        chunkLineCount -= 1
        flushChunk()
        append(header.contentStart, header.end, number: header.number, rawStart: header.rawStart)
        flushChunk()
    }

    private mutating func flushChunk() {
        if let open = openDefinition {
            noteDefinitionSize(chunk.count - open.chunkOffset, line: open.line)
            openDefinition = nil
        }
        if let pending = pendingDefinition {
            noteDefinitionSize(pending.length, line: pending.line)
            pendingDefinition = nil
        }
        if !chunk.isEmpty { estimateInlineWork() }
        chunk.removeAll(keepingCapacity: true)
        chunkLineCount = 0
        chunkLastPipe = 0
        chunkBackwalk = 0
        lastLine = nil
        containerLineSeen = false
        containerLineBeforeLast = false
    }

    private mutating func noteDefinition(_ contentStart: Int, _ destinationStart: Int, _ end: Int, number: Int) {
        let offset = chunk.count + (chunkLineCount == 0 ? 0 : 1)
        switch lines.definitionReach(destinationStart, end) {
        case .line: noteDefinitionSize(end - contentStart, line: number)
        case .titleMayFollow: pendingDefinition = (number, offset, end - contentStart)
        case .rest: if openDefinition == nil { openDefinition = (number, offset) }
        }
    }

    private mutating func noteDefinitionSize(_ size: Int, line: Int) {
        if size > largestDefinition {
            largestDefinition = size
            largestDefinitionLine = line
        }
    }

    private mutating func estimateInlineWork() {
        let line = chunkLine
        let flags = flags
        let estimates = chunk.withUnsafeBufferPointer { text in
            InlineEstimator(text: text, flags: flags).estimate()
        }
        record(.emphasisDelimiters, estimates.emphasis, line: line)
        record(.strikethroughDelimiters, estimates.strikethrough, line: line)
        record(.bracketStack, estimates.brackets, line: line)
        record(.rawHTMLScan, estimates.rawHTML, line: line)
        record(.autolinkScan, estimates.autolinks, line: line)
        record(.emailAutolinkScan, estimates.emails, line: line)
    }
}

extension InputScanner {
    /// The first `byte` in `bytes` at or after `from`, by `memchr`.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        guard from < bytes.count, let base = bytes.baseAddress,
            let hit = memchr(base + from, Int32(byte), bytes.count - from)
        else { return nil }
        return UnsafeRawPointer(hit) - UnsafeRawPointer(base)
    }

    /// Whether `bytes[from..<to]` holds `byte`, by `memchr`.
    static func contains(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Bool {
        guard from < to, let base = bytes.baseAddress else { return false }
        return memchr(base + from, Int32(byte), to - from) != nil
    }
}

func saturatingAdd(_ a: Int, _ b: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow ? Int.max : sum
}

func saturatingMultiply(_ a: Int, _ b: Int) -> Int {
    let (product, overflow) = a.multipliedReportingOverflow(by: b)
    return overflow ? Int.max : product
}
