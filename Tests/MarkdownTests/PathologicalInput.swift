import Testing

/// A crafted input of at least 1 MiB in one of the shapes on which cmark-gfm 0.29.0.gfm.6 is slower than linear (or
/// produces output much larger than its input), and what the guard must do with it.
struct PathologicalInput: Sendable, CustomTestStringConvertible {
    enum Outcome: Sendable, Equatable {
        /// Renders (cmark-gfm is fast enough on it here).
        case renders
        /// Rejected with a `.limit` error naming this shape.
        case rejected(String)
    }

    /// The shape's name, as docs/markdown-limits.md lists it.
    var name: String
    /// The advisory (or test suite) the shape comes from.
    var source: String
    var expected: Outcome
    var make: @Sendable () -> String

    var testDescription: String { "\(name) (\(source))" }

    static let minimumSize = 1 << 20

    /// `prefix + unit × n + suffix`, with n just large enough for the whole to reach 1 MiB.
    static func repeated(_ unit: String, prefix: String = "", suffix: String = "") -> String {
        let count = (minimumSize - prefix.utf8.count - suffix.utf8.count) / unit.utf8.count + 1
        return prefix + String(repeating: unit, count: count) + suffix
    }

    /// How many repetitions of a `width`-byte unit fill 1 MiB.
    static func fill(_ width: Int) -> Int { minimumSize / width + 1 }

    static let all: [PathologicalInput] = [
        // The 2023 cmark-gfm advisories, one shape per proof of concept.
        .init(name: "html-comment-openers", source: "CVE-2023-22484", expected: .renders) {
            repeated("<!--", prefix: "</")
        },
        .init(name: "image-bracket-links", source: "CVE-2023-22486", expected: .rejected("bracket-stack")) {
            repeated("![[]()")
        },
        .init(name: "processing-instructions", source: "CVE-2023-22483", expected: .rejected("raw-html-scan")) {
            repeated("<?x", prefix: "-1", suffix: "y\n")
        },
        .init(name: "table-pipe-dash-lines", source: "CVE-2023-22483", expected: .rejected("table-header-rescan")) {
            repeated("|-\nt>|-\n", suffix: "y\n")
        },
        .init(name: "emphasis-star-underscore", source: "CVE-2023-22483", expected: .rejected("emphasis-delimiters")) {
            let n = fill(8)
            return String(repeating: "*t ", count: n) + String(repeating: "_t*_ ", count: n)
        },
        .init(name: "table-long-pipe-row", source: "CVE-2023-22483", expected: .rejected("table-row-cells")) {
            repeated("|", prefix: "x\n| - |\n", suffix: "y\n")
        },
        .init(name: "autolink-underscore-www", source: "CVE-2023-22483", expected: .rejected("autolink-scan")) {
            repeated("z_www.", suffix: "\n")
        },
        .init(
            name: "reference-title-rescan", source: "CVE-2023-22483", expected: .rejected("reference-amplification")
        ) {
            repeated("[f]\n", prefix: "[f]:u\n\"\n", suffix: "[f]:u \"t\n")
        },
        .init(name: "autolink-www-parens", source: "CVE-2023-22483", expected: .rejected("autolink-scan")) {
            repeated(")", prefix: "www.", suffix: "\n")
        },
        .init(name: "table-colon-lines", source: "CVE-2023-22483", expected: .rejected("table-header-rescan")) {
            repeated(":\n", prefix: ":-\n", suffix: ":-\n")
        },
        .init(name: "autolink-angle-http", source: "CVE-2023-22483", expected: .rejected("autolink-scan")) {
            repeated("<http://s", suffix: "\n")
        },
        .init(
            name: "strikethrough-tildes", source: "CVE-2023-22483", expected: .rejected("strikethrough-delimiters")
        ) {
            repeated(",z~~", prefix: "~e", suffix: "\n")
        },
        .init(name: "blockquote-markers-dots", source: "CVE-2023-22483", expected: .rejected("container-nesting")) {
            let n = fill(2)
            return String(repeating: ">", count: n) + String(repeating: ".", count: n) + "\n"
        },
        .init(
            name: "blockquote-markers-emphasis", source: "CVE-2023-24824", expected: .rejected("container-nesting")
        ) {
            let n = fill(3)
            return String(repeating: ">", count: n) + String(repeating: "a*", count: n) + "\n"
        },
        .init(
            name: "nested-list-markers-blank-lines", source: "CVE-2023-24824",
            expected: .rejected("container-nesting")
        ) {
            let n = fill(3)
            return String(repeating: " -", count: n) + "x" + String(repeating: "\n", count: n)
        },
        .init(name: "underscore-runs", source: "CVE-2023-26485", expected: .renders) {
            let n = fill(2)
            return String(repeating: "_", count: n) + "." + String(repeating: "_", count: n) + "\n"
        },
        .init(name: "ordered-list-items", source: "CVE-2023-26485", expected: .renders) {
            repeated(" 2.\n", prefix: "1.\n")
        },
        .init(name: "empty-list-items", source: "CVE-2023-26485", expected: .renders) {
            repeated(" -\n", suffix: "x\n")
        },
        .init(name: "table-wide-header", source: "CVE-2023-37463", expected: .rejected("table-row-cells")) {
            let n = fill(4)
            return "|" + String(repeating: "x|", count: n) + "\n|" + String(repeating: "-|", count: n) + "\n"
        },
        .init(name: "table-many-columns", source: "CVE-2023-37463", expected: .rejected("table-column-lookups")) {
            let header =
                "|" + String(repeating: "x|", count: 2000) + "\n|" + String(repeating: "-|", count: 2000) + "\n"
            return repeated("a\n", prefix: header)
        },
        .init(
            name: "table-autocompleted-cells", source: "CVE-2023-37463",
            expected: .rejected("table-autocompleted-cells")
        ) {
            let header = "|" + String(repeating: "x|", count: 20) + "\n|" + String(repeating: "-|", count: 20) + "\n"
            return repeated("a\n", prefix: header)
        },
        .init(name: "footnote-definitions-blank-lines", source: "CVE-2023-37463", expected: .renders) {
            let n = fill(7)
            return String(repeating: "[^1]:\n", count: n) + String(repeating: "\n", count: n)
        },
        // Shapes found here: output much larger than the input, or depth-capped quadratic loops.
        .init(name: "footnote-references", source: "output amplification", expected: .rejected("footnote-references")) {
            repeated("[^1] ", prefix: "[^1]: x\n\n")
        },
        .init(name: "email-at-signs", source: "autolink extension", expected: .rejected("email-autolink-scan")) {
            repeated("a@")
        },
        // cmark's own pathological suite: fixed before 0.29.0.gfm.6, still fast or rejected.
        .init(name: "nested-brackets", source: "cmark pathological tests", expected: .renders) {
            let n = fill(2)
            return String(repeating: "[", count: n) + "a" + String(repeating: "]", count: n)
        },
        .init(name: "nested-block-quotes", source: "cmark pathological tests", expected: .rejected("container-nesting"))
        {
            repeated("> ", suffix: "a")
        },
        .init(name: "link-openers-no-closers", source: "cmark pathological tests", expected: .renders) {
            repeated("[a")
        },
        .init(name: "unclosed-links", source: "cmark pathological tests", expected: .renders) {
            repeated("[a](b")
        },
        .init(
            name: "mismatched-emphasis", source: "cmark pathological tests", expected: .rejected("emphasis-delimiters")
        ) {
            repeated("*a_ ")
        },
        .init(name: "backtick-runs", source: "cmark pathological tests", expected: .renders) {
            var text = ""
            var width = 1
            while text.utf8.count < minimumSize {
                text += "e" + String(repeating: "`", count: width)
                width += 1
            }
            return text
        },
        .init(name: "many-references", source: "cmark pathological tests", expected: .renders) {
            var text = ""
            var label = 0
            while text.utf8.count < minimumSize {
                text += "[\(label)]: u\n"
                label += 1
            }
            return text + String(repeating: "[0] ", count: 1000)
        },
        .init(name: "www-words", source: "autolink extension", expected: .renders) {
            repeated("www. ")
        },
    ]
}
