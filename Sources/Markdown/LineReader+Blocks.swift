/// Top-level fenced code and HTML blocks: code is never parsed inline, so its lines are left out of the estimates.
///
/// Only fences the scanner is certain of count: an opening fence in column 0 (so no list item can hold it) and not
/// inside a top-level HTML block, where cmark-gfm would read it as HTML. HTML blocks are assumed wherever a line may
/// start one, which can only make the scanner see fewer fences, never more.
extension LineReader {
    /// An open top-level HTML block, by how it ends.
    enum HTMLBlock: Equatable {
        /// Type 1 ends on a line holding any of `</script>`, `</pre>`, `</style>`, `</textarea>`.
        case rawText
        /// Types 2 to 5 end on a line holding `-->`, `?>`, `]]>` or `>`.
        case comment, processingInstruction, cdata, declaration
        /// Types 6 and 7 end at a blank line.
        case untilBlankLine
    }

    private static let commentEnd = Array("-->".utf8)
    private static let processingInstructionEnd = Array("?>".utf8)
    private static let cdataEnd = Array("]]>".utf8)
    private static let declarationEnd = Array(">".utf8)
    private static let commentStart = Array("<!--".utf8)
    private static let cdataStart = Array("<![CDATA[".utf8)

    private static let rawTextTags = ["script", "pre", "style", "textarea"].map { Array($0.utf8) }
    private static let rawTextEnds = ["</script>", "</pre>", "</style>", "</textarea>"].map { Array($0.utf8) }

    /// An opening code fence in column 0: three or more backticks (no backtick after them) or tildes.
    func openingFence(_ start: Int, _ end: Int) -> (character: UInt8, length: Int)? {
        guard start < end, bytes[start] == .backtick || bytes[start] == .tilde else { return nil }
        let character = bytes[start]
        var position = start
        while position < end && bytes[position] == character { position += 1 }
        guard position - start >= 3 else { return nil }
        if character == .backtick {
            for index in position..<end where bytes[index] == .backtick { return nil }
        }
        return (character, position - start)
    }

    /// A closing fence for `fence`: up to three spaces, at least as many of its character, then only blanks.
    func closesFence(_ start: Int, _ end: Int, _ fence: (character: UInt8, length: Int)) -> Bool {
        var position = start
        while position < end && position - start < 3 && bytes[position] == .space { position += 1 }
        let run = position
        while position < end && bytes[position] == fence.character { position += 1 }
        guard position - run >= fence.length else { return false }
        while position < end && bytes[position].isMarkdownWhitespace { position += 1 }
        return position == end
    }

    /// The HTML block a top-level line may start (indented at most three spaces, beginning with `<`), unless the
    /// block also ends on this line.
    func htmlBlockStart(_ start: Int, _ end: Int) -> HTMLBlock? {
        var position = start
        while position < end && position - start < 3 && bytes[position] == .space { position += 1 }
        guard position + 1 < end, bytes[position] == .lessThan else { return nil }
        let next = bytes[position + 1]
        let block: HTMLBlock
        if Self.rawTextTags.contains(where: { tagStarts($0, at: position + 1, end) }) {
            block = .rawText
        } else if next == .exclamation && hasPrefix(Self.commentStart, at: position, end) {
            block = .comment
        } else if next == .question {
            block = .processingInstruction
        } else if next == .exclamation && hasPrefix(Self.cdataStart, at: position, end) {
            block = .cdata
        } else if next == .exclamation && position + 2 < end && bytes[position + 2].isASCIILetter {
            block = .declaration
        } else {
            return .untilBlankLine
        }
        return ends(block, position + 2, end) ? nil : block
    }

    func isWhitespace(_ start: Int, _ end: Int) -> Bool {
        for index in start..<end where !bytes[index].isMarkdownWhitespace { return false }
        return true
    }

    /// Whether a line ends `block` (types 1 to 5; a blank line ends the others, which the caller handles).
    func ends(_ block: HTMLBlock, _ start: Int, _ end: Int) -> Bool {
        switch block {
        case .rawText: return Self.rawTextEnds.contains { contains($0, start, end, caseInsensitive: true) }
        case .comment: return contains(Self.commentEnd, start, end, caseInsensitive: false)
        case .processingInstruction: return contains(Self.processingInstructionEnd, start, end, caseInsensitive: false)
        case .cdata: return contains(Self.cdataEnd, start, end, caseInsensitive: false)
        case .declaration: return contains(Self.declarationEnd, start, end, caseInsensitive: false)
        case .untilBlankLine: return false
        }
    }

    private func tagStarts(_ name: [UInt8], at start: Int, _ end: Int) -> Bool {
        guard start + name.count <= end else { return false }
        for (offset, byte) in name.enumerated() where bytes[start + offset] | 0x20 != byte { return false }
        let after = start + name.count
        return after == end || bytes[after].isMarkdownWhitespace || bytes[after] == .greaterThan
    }

    private func hasPrefix(_ prefix: [UInt8], at start: Int, _ end: Int) -> Bool {
        guard start + prefix.count <= end else { return false }
        for (offset, byte) in prefix.enumerated() where bytes[start + offset] != byte { return false }
        return true
    }

    private func contains(_ needle: [UInt8], _ start: Int, _ end: Int, caseInsensitive: Bool) -> Bool {
        guard end - start >= needle.count else { return false }
        var position = start
        while position + needle.count <= end {
            var matched = true
            for (offset, byte) in needle.enumerated() {
                let candidate = caseInsensitive ? bytes[position + offset] | 0x20 : bytes[position + offset]
                let wanted = caseInsensitive && byte.isASCIILetter ? byte | 0x20 : byte
                if candidate != wanted {
                    matched = false
                    break
                }
            }
            if matched { return true }
            position += 1
        }
        return false
    }
}
