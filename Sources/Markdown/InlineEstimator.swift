/// Estimates cmark-gfm's inline work on one chunk of text: the slow loops of 0.29.0.gfm.6's inline parser, counted
/// in a single pass each.
struct InlineEstimator {
    struct Estimates {
        var emphasis = 0
        var strikethrough = 0
        var brackets = 0
        var rawHTML = 0
        var autolinks = 0
        var emails = 0
    }

    private static let processingInstructionEnd = Array("?>".utf8)
    private static let declarationEnd = Array(">".utf8)
    private static let cdataEnd = Array("]]>".utf8)
    private static let commentEnd = Array("--".utf8)
    private static let cdataOpener = Array("[CDATA[".utf8)

    /// The bytes the first pass of `estimate()` stops at.
    static let firstPassTriggers = ByteSet([
        .asterisk, .underscore, .tilde, .quote, .apostrophe, .openBracket, .lessThan, 0x77, .colon, .at,
    ])

    /// The bytes `delimiterRuns()` acts on (quotes and `~` only with their options; the loop checks those).
    static let delimiterCandidates = ByteSet([.backslash, .quote, .apostrophe, .asterisk, .underscore, .tilde])

    /// The bytes `bracketSteps()` acts on.
    static let bracketCandidates = ByteSet([.backslash, .openBracket, .closeBracket])

    /// How many `@` signs one text node gets through before cmark-gfm's e-mail autolinker stops recursing.
    static let emailRecursionLimit = 1000

    /// The options that matter here, as plain values.
    struct Flags {
        var strikethrough: Bool
        var autolink: Bool
        var smartPunctuation: Bool
    }

    let text: UnsafeBufferPointer<UInt8>
    let flags: Flags

    func estimate() -> Estimates {
        // One cheap pass first: most chunks hold none of the bytes some estimates need, and skipping those passes
        // keeps a table of a hundred thousand short rows fast.
        var delimiters = false
        var brackets = false
        var angles = false
        var autolinkTriggers = false
        var atSigns = 0
        let count = text.count
        let triggers = Self.firstPassTriggers
        var index = 0
        while index < count {
            let byte = text[index]
            if triggers.contains(byte) {
                switch byte {
                case .asterisk, .underscore, .tilde, .quote, .apostrophe: delimiters = true
                case .openBracket: brackets = true
                case .lessThan: angles = true
                // Only `www.` and `://` can start an autolink, and both lie inside one word, so a chunk without
                // either (most prose has a `w` or a `:`) skips the word-by-word scan, whose estimate would be 0.
                case 0x77:
                    if index + 3 < count && text[index + 1] == 0x77 && text[index + 2] == 0x77
                        && text[index + 3] == .period
                    {
                        autolinkTriggers = true
                    }
                case .colon:
                    if index + 2 < count && text[index + 1] == .slash && text[index + 2] == .slash {
                        autolinkTriggers = true
                    }
                case .at: atSigns += 1
                default: break
                }
            }
            index += 1
        }
        var estimates = Estimates()
        if delimiters {
            let runs = delimiterRuns()
            let stack = saturatingAdd(runs.emphasis, runs.tildes)
            estimates.emphasis = saturatingMultiply(runs.emphasis, stack)
            estimates.strikethrough = saturatingMultiply(runs.tildes, stack)
        }
        if brackets { estimates.brackets = bracketSteps() }
        if angles { estimates.rawHTML = rawHTMLScan() }
        if flags.autolink {
            if autolinkTriggers { estimates.autolinks = autolinkScan() }
            estimates.emails = saturatingMultiply(min(atSigns, Self.emailRecursionLimit), text.count)
        }
        return estimates
    }

    /// Entries pushed on the delimiter stack: runs of `*` or `_` (not `_` between two letters or digits), runs of one
    /// or two `~` with strikethrough on, and each quote with smart punctuation on. Every closer that finds no opener
    /// can walk the whole stack.
    func delimiterRuns() -> (emphasis: Int, tildes: Int) {
        let strikethrough = flags.strikethrough
        var emphasis = 0
        var tildes = 0
        let candidates = Self.delimiterCandidates
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard candidates.contains(byte) else {
                index += 1
                continue
            }
            if byte == .backslash && index + 1 < text.count && text[index + 1].isASCIIPunctuation {
                index += 2
                continue
            }
            if flags.smartPunctuation && (byte == .quote || byte == .apostrophe) {
                emphasis += 1
                index += 1
                continue
            }
            guard byte == .asterisk || byte == .underscore || (byte == .tilde && strikethrough) else {
                index += 1
                continue
            }
            var runEnd = index
            while runEnd < text.count && text[runEnd] == byte { runEnd += 1 }
            let before = index > 0 ? text[index - 1] : UInt8.space
            let after = runEnd < text.count ? text[runEnd] : UInt8.space
            if byte == .tilde {
                if runEnd - index <= 2 { tildes += 1 }
            } else if !(byte == .underscore && before.isASCIIAlphanumeric && after.isASCIIAlphanumeric) {
                emphasis += 1
            }
            index = runEnd
        }
        return (emphasis, tildes)
    }

    /// Bracket-stack steps: each `]` followed by `(` or `[` may form a link, and forming one walks every bracket
    /// still open before it (images included, which never get deactivated: CVE-2023-22486).
    func bracketSteps() -> Int {
        var open = 0
        var steps = 0
        let candidates = Self.bracketCandidates
        var index = 0
        while index < text.count {
            let byte = text[index]
            guard candidates.contains(byte) else {
                index += 1
                continue
            }
            if byte == .backslash && index + 1 < text.count && text[index + 1].isASCIIPunctuation {
                index += 2
                continue
            }
            if byte == .openBracket {
                open += 1
            } else if byte == .closeBracket && open > 0 {
                if index + 1 < text.count && (text[index + 1] == .openParen || text[index + 1] == .openBracket) {
                    steps = saturatingAdd(steps, open)
                }
                open -= 1
            }
            index += 1
        }
        return steps
    }

    /// Bytes scanned looking for the end of raw HTML: each `<?`, `<!X`, `<![CDATA[` and `<!--` is scanned up to its
    /// terminator, or to the end of the paragraph when there is none, and rescanned from the next opener.
    func rawHTMLScan() -> Int {
        var processingInstructionEnd = TerminatorCursor(terminator: Self.processingInstructionEnd)
        var declarationEnd = TerminatorCursor(terminator: Self.declarationEnd)
        var cdataEnd = TerminatorCursor(terminator: Self.cdataEnd)
        var commentEnd = TerminatorCursor(terminator: Self.commentEnd)
        let cdata = Self.cdataOpener
        var scanned = 0
        var index = 0
        while index + 1 < text.count {
            guard text[index] == .lessThan else {
                index += 1
                continue
            }
            let next = text[index + 1]
            var found: Int?
            var resume = index + 1
            if next == .question {
                found = processingInstructionEnd.next(in: text, from: index + 2)
                if let found { resume = found + 2 }
            } else if next == .exclamation && index + 2 < text.count {
                if text[index + 2] == .hyphen && index + 3 < text.count && text[index + 3] == .hyphen {
                    found = commentEnd.next(in: text, from: index + 4)
                    if let found, found + 2 < text.count, text[found + 2] == .greaterThan { resume = found + 3 }
                } else if text[index + 2] == .openBracket && Self.hasPrefix(cdata, text, at: index + 2) {
                    found = cdataEnd.next(in: text, from: index + 9)
                    if let found { resume = found + 3 }
                } else if text[index + 2].isASCIILetter {
                    found = declarationEnd.next(in: text, from: index + 3)
                    if let found { resume = found + 1 }
                } else {
                    index += 1
                    continue
                }
            } else {
                index += 1
                continue
            }
            scanned = saturatingAdd(scanned, (found ?? text.count) - index)
            index = resume
        }
        return scanned
    }

    /// Bytes the autolink extension scans: every `www.` at the start of a word (or after `*`, `_`, `~`, `(`) and
    /// every `http://`, `https://` or `ftp://` scans to the end of its word, and every `)` in such a word makes the
    /// trailing-punctuation trim count the parentheses of the whole word again.
    func autolinkScan() -> Int {
        var scanned = 0
        var index = 0
        while index < text.count {
            guard !text[index].isMarkdownWhitespace else {
                index += 1
                continue
            }
            let wordStart = index
            var wordEnd = index
            while wordEnd < text.count && !text[wordEnd].isMarkdownWhitespace { wordEnd += 1 }
            var triggers = 0
            var parentheses = 0
            var letterRun = 0
            for position in wordStart..<wordEnd {
                let byte = text[position]
                if byte == .closeParen { parentheses += 1 }
                if byte == 0x77 && isWWWTrigger(at: position, wordStart: wordStart, wordEnd: wordEnd)
                    || byte == .colon && isURLTrigger(at: position, letterRun: letterRun, wordEnd: wordEnd)
                {
                    triggers += 1
                    scanned = saturatingAdd(scanned, wordEnd - position)
                }
                letterRun = byte.isASCIILetter ? letterRun + 1 : 0
            }
            if triggers > 0 {
                scanned = saturatingAdd(scanned, saturatingMultiply(parentheses, wordEnd - wordStart))
            }
            index = wordEnd
        }
        return scanned
    }

    private func isWWWTrigger(at position: Int, wordStart: Int, wordEnd: Int) -> Bool {
        guard position + 4 <= wordEnd, text[position + 1] == 0x77, text[position + 2] == 0x77,
            text[position + 3] == .period
        else { return false }
        guard position > wordStart else { return true }
        let before = text[position - 1]
        return before == .asterisk || before == .underscore || before == .tilde || before == .openParen
    }

    /// `://` preceded by exactly `http`, `https` or `ftp` (the letters before the colon, any case).
    private func isURLTrigger(at position: Int, letterRun: Int, wordEnd: Int) -> Bool {
        guard position + 3 <= wordEnd, text[position + 1] == .slash, text[position + 2] == .slash,
            (3...5).contains(letterRun)
        else { return false }
        var scheme = ""
        for index in (position - letterRun)..<position {
            scheme.unicodeScalars.append(Unicode.Scalar(text[index] | 0x20))
        }
        return scheme == "http" || scheme == "https" || scheme == "ftp"
    }

    // E-mail autolinks: for each `@`, up to the recursion limit, the autolinker scans and copies the rest of its
    // text node; `estimate()` counts that from the `@` signs of its first pass.

    private static func hasPrefix(_ prefix: [UInt8], _ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start + prefix.count <= text.count else { return false }
        for (offset, byte) in prefix.enumerated() where text[start + offset] != byte { return false }
        return true
    }
}

/// Finds the next occurrence of a terminator at or after a position that only ever moves forward, so a whole
/// paragraph costs one pass however many openers ask.
struct TerminatorCursor {
    let terminator: [UInt8]
    private var position = 0
    private var exhausted = false

    init(terminator: [UInt8]) {
        self.terminator = terminator
    }

    mutating func next(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard !exhausted else { return nil }
        if position < start { position = start }
        while position + terminator.count <= text.count {
            if text[position] == terminator[0] && matches(text, at: position) { return position }
            position += 1
        }
        exhausted = true
        return nil
    }

    private func matches(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        for offset in 1..<terminator.count where text[start + offset] != terminator[offset] { return false }
        return true
    }
}
