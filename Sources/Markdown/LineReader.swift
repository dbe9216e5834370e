/// Line-level reading for the input scanner: container prefixes, blank lines, table rows and link reference
/// definitions. A plain value (a buffer and a flag), so passing it around copies nothing reference-counted.
struct LineReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether `[^label]:` lines are footnote definitions rather than link reference definitions.
    let footnotes: Bool

    /// Block quotes and list items opened on one line: `>`, `-`, `*`, `+` and `1.`/`1)` markers in a row.
    ///
    /// A run of `-`, `*` or `_` that is a thematic break is not a list marker. The count stops just past the limit,
    /// so a long line costs no more than a short one.
    func containerDepth(_ start: Int, _ end: Int) -> Int {
        // The longest suffix made of one break character and blanks, and how many break characters it holds.
        var breakStart = end
        var breakCharacter: UInt8 = 0
        var breakCount = 0
        while breakStart > start {
            let byte = bytes[breakStart - 1]
            if byte.isBlankSpace {
                breakStart -= 1
                continue
            }
            if breakCharacter == 0 && (byte == .hyphen || byte == .asterisk || byte == .underscore) {
                breakCharacter = byte
            }
            guard byte == breakCharacter else { break }
            breakCount += 1
            breakStart -= 1
        }
        var depth = 0
        var position = start
        while depth <= InputShape.containerNesting.limit {
            while position < end && bytes[position].isBlankSpace { position += 1 }
            guard position < end else { break }
            let byte = bytes[position]
            if byte == .greaterThan {
                depth += 1
                position += 1
                continue
            }
            if byte == .hyphen || byte == .asterisk || byte == .plus {
                guard position + 1 == end || bytes[position + 1].isBlankSpace else { break }
                if position >= breakStart && byte == breakCharacter {
                    if breakCount >= 3 { break }
                    breakCount -= 1
                }
                depth += 1
                position += 1
                continue
            }
            var digitsEnd = position
            while digitsEnd < end && digitsEnd - position < 10 && bytes[digitsEnd].isASCIIDigit { digitsEnd += 1 }
            guard digitsEnd > position, digitsEnd - position <= 9, digitsEnd < end,
                bytes[digitsEnd] == .period || bytes[digitsEnd] == .closeParen,
                digitsEnd + 1 == end || bytes[digitsEnd + 1].isBlankSpace
            else { break }
            depth += 1
            position = digitsEnd + 1
        }
        return depth
    }

    /// Whether the line opens a block quote or list item.
    func startsWithContainerMarker(_ start: Int, _ end: Int) -> Bool {
        var position = start
        while position < end && bytes[position].isBlankSpace { position += 1 }
        guard position < end else { return false }
        let byte = bytes[position]
        if byte == .greaterThan { return true }
        if byte == .hyphen || byte == .asterisk || byte == .plus {
            return position + 1 == end || bytes[position + 1].isBlankSpace
        }
        var digitsEnd = position
        while digitsEnd < end && bytes[digitsEnd].isASCIIDigit { digitsEnd += 1 }
        guard digitsEnd > position, digitsEnd < end, bytes[digitsEnd] == .period || bytes[digitsEnd] == .closeParen
        else { return false }
        return digitsEnd + 1 == end || bytes[digitsEnd + 1].isBlankSpace
    }

    /// What one pass over a line tells the scanner.
    struct LineFacts {
        /// Nothing but whitespace. Only such lines end a chunk: a line that looks blank after its container
        /// markers may still continue a paragraph for cmark-gfm.
        var isBlank = true
        /// Where the text starts once leading blanks and block-quote markers are dropped. Dropping a `>` that
        /// cmark-gfm keeps as text can only raise estimates (a `>` ends some raw HTML), never lower them.
        var contentStart = 0
        var closingBrackets = 0
        /// `[^` openers, not counting a footnote definition's own label.
        var footnoteReferences = 0
        /// `|` not escaped with a backslash, in the text.
        var pipes = 0
        /// The cells cmark-gfm's row parser finds: pipes separate cells, a leading and a trailing pipe are optional.
        var cells = 0
        /// A line cmark-gfm may try as a table delimiter row: only `|`, `:`, `-` and blanks, with a `-` and a `|`
        /// or `:` (a line of only `-` and spaces under a paragraph is a setext underline, a thematic break or a
        /// list item first). Looser than cmark-gfm's own test, so every real attempt is counted.
        var isDelimiterLike = false
        /// Not indented by a tab or by more than three spaces, and starting with a pipe or a letter: nothing that
        /// opens another block.
        var startsLikeRow = false
        var containsGreaterThan = false
    }

    /// The bytes `lineFacts` looks at one by one: whitespace, brackets, `>`, `-`, `|`, `:` and `\`.
    static let lineSpecials = ByteSet([
        .tab, .newline, .verticalTab, .formFeed, .carriageReturn, .space, .openBracket, .closeBracket, .greaterThan,
        .hyphen, .pipe, .colon, .backslash,
    ])

    func lineFacts(_ start: Int, _ end: Int) -> LineFacts {
        var facts = LineFacts()
        var position = start
        while position < end && position - start < 4 && bytes[position] == .space { position += 1 }
        facts.startsLikeRow =
            position - start <= 3 && position < end && (bytes[position] == .pipe || bytes[position].isASCIILetter)
        position = start
        while position < end && (bytes[position].isBlankSpace || bytes[position] == .greaterThan) { position += 1 }
        facts.contentStart = position
        var firstText = -1
        var lastText = -1
        var lastTextIsPipe = false
        var delimiterOnly = true
        var hyphen = false
        var separator = false
        let specials = Self.lineSpecials
        var index = start
        while index < end {
            let byte = bytes[index]
            if !specials.contains(byte) {
                // A run of ordinary text (letters, digits, most punctuation, non-ASCII). Such bytes only come after
                // `contentStart` (before it there are only blanks and `>`), and each one does the same below: it
                // makes the line non-blank and not a delimiter row, and is the latest text.
                var runEnd = index + 1
                while runEnd < end && !specials.contains(bytes[runEnd]) { runEnd += 1 }
                facts.isBlank = false
                delimiterOnly = false
                if firstText < 0 { firstText = index }
                lastText = runEnd - 1
                lastTextIsPipe = false
                index = runEnd
                continue
            }
            if !byte.isMarkdownWhitespace { facts.isBlank = false }
            switch byte {
            case .closeBracket: facts.closingBrackets += 1
            case .greaterThan: facts.containsGreaterThan = true
            case .openBracket:
                if index + 1 < end && bytes[index + 1] == .caret { facts.footnoteReferences += 1 }
            default: break
            }
            if index >= facts.contentStart {
                switch byte {
                case .hyphen: hyphen = true
                case .pipe, .colon, .verticalTab, .formFeed: separator = true
                case .space, .tab: break
                default: delimiterOnly = false
                }
                if !byte.isMarkdownWhitespace {
                    if firstText < 0 { firstText = index }
                    lastText = index
                    lastTextIsPipe = false
                }
                if byte == .backslash && index + 1 < end && bytes[index + 1].isASCIIPunctuation {
                    index += 1
                    lastText = index
                } else if byte == .pipe {
                    facts.pipes += 1
                    lastTextIsPipe = true
                }
            }
            index += 1
        }
        facts.isDelimiterLike = delimiterOnly && hyphen && separator
        if firstText >= 0 {
            var cells = facts.pipes + 1
            if bytes[firstText] == .pipe { cells -= 1 }
            if lastTextIsPipe && lastText > firstText { cells -= 1 }
            facts.cells = max(cells, 1)
        }
        if facts.footnoteReferences > 0 && isFootnoteDefinition(facts.contentStart, end) {
            facts.footnoteReferences -= 1
        }
        return facts
    }

    /// `[^label]:` at the start of the text.
    private func isFootnoteDefinition(_ start: Int, _ end: Int) -> Bool {
        guard start + 1 < end, bytes[start] == .openBracket, bytes[start + 1] == .caret else { return false }
        var index = start + 2
        while index < end && bytes[index] != .closeBracket { index += 1 }
        return index + 1 < end && bytes[index + 1] == .colon
    }

    /// Leading blanks of a line if they are at most three spaces (no tab); nil otherwise.
    private func shallowIndent(_ start: Int, _ end: Int) -> Int? {
        var position = start
        while position < end && bytes[position] == .space { position += 1 }
        guard position - start <= 3, position < end, bytes[position] != .tab else { return nil }
        return position
    }

    /// A delimiter row cmark-gfm certainly accepts: `|? :?-+:? (| :?-+:?)* |?` with at least one pipe, not
    /// indented, and not readable as a list item, thematic break or setext underline.
    func isCertainDelimiterRow(_ start: Int, _ end: Int) -> Bool {
        guard let first = shallowIndent(start, end) else { return false }
        var last = end
        while last > first && bytes[last - 1].isBlankSpace { last -= 1 }
        let lead = bytes[first]
        guard lead == .pipe || lead == .colon || (lead == .hyphen && first + 1 < last && bytes[first + 1] != .space)
        else { return false }
        var position = first
        if bytes[position] == .pipe { position += 1 }
        var pipes = lead == .pipe ? 1 : 0
        while position < last {
            while position < last && bytes[position].isBlankSpace { position += 1 }
            if position < last && bytes[position] == .colon { position += 1 }
            let hyphens = position
            while position < last && bytes[position] == .hyphen { position += 1 }
            guard position > hyphens else { return false }
            if position < last && bytes[position] == .colon { position += 1 }
            while position < last && bytes[position].isBlankSpace { position += 1 }
            guard position < last else { break }
            guard bytes[position] == .pipe else { return false }
            pipes += 1
            position += 1
        }
        return pipes > 0
    }

    /// A line that is a table header or row for certain once a table is open: it starts like a row, and holds no
    /// `>`, which could end an HTML block that the table lines were really part of.
    func isCertainRow(_ facts: LineFacts) -> Bool { facts.startsLikeRow && !facts.containsGreaterThan }

    /// For a line shaped like a link reference definition (`[label]:`, after any list markers), where the text after
    /// the colon starts; nil for other lines and for footnote definitions.
    func definitionDestinationStart(_ start: Int, _ end: Int) -> Int? {
        var position = start
        while position < end {
            let byte = bytes[position]
            if byte.isBlankSpace || byte == .greaterThan || byte == .hyphen || byte == .asterisk || byte == .plus
                || byte.isASCIIDigit || byte == .period || byte == .closeParen
            {
                position += 1
                continue
            }
            break
        }
        guard position + 1 < end, bytes[position] == .openBracket else { return nil }
        if footnotes && bytes[position + 1] == .caret { return nil }
        var index = position + 1
        while index < end {
            let byte = bytes[index]
            if byte == .backslash {
                index += 2
                continue
            }
            if byte == .closeBracket { break }
            index += 1
        }
        guard index + 1 < end, bytes[index + 1] == .colon else { return nil }
        return index + 2
    }

    /// How far a definition's title may reach: `.line` when the line closes it or has none and no title can follow
    /// (the caller checks the next line for a title opener), `.rest` when the title, or the destination, is still
    /// open at the end of the line.
    enum DefinitionReach { case line, titleMayFollow, rest }

    func definitionReach(_ destinationStart: Int, _ end: Int) -> DefinitionReach {
        var position = destinationStart
        while position < end && bytes[position].isBlankSpace { position += 1 }
        guard position < end else { return .rest }
        var quotes = 0
        var apostrophes = 0
        var parentheses = 0
        for index in position..<end {
            switch bytes[index] {
            case .quote: quotes += 1
            case .apostrophe: apostrophes += 1
            case .openParen: parentheses += 1
            case .closeParen: parentheses -= 1
            default: continue
            }
        }
        if quotes % 2 == 1 || apostrophes % 2 == 1 || parentheses > 0 { return .rest }
        return quotes == 0 && apostrophes == 0 && parentheses == 0 ? .titleMayFollow : .line
    }

    /// Whether a line's text starts with a link title opener.
    func startsWithTitleOpener(_ start: Int, _ end: Int) -> Bool {
        var position = start
        while position < end && bytes[position].isBlankSpace { position += 1 }
        guard position < end else { return false }
        return bytes[position] == .quote || bytes[position] == .apostrophe || bytes[position] == .openParen
    }
}
