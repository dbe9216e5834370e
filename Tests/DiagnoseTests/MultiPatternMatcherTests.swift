import Testing

@testable import Diagnose

@Suite struct MultiPatternMatcherTests {
    /// (needle, end offset) pairs found in `text`.
    static func matches(_ needles: [String], in text: String) -> [(Int, Int)] {
        let matcher = MultiPatternMatcher(needles: needles)
        var found: [(Int, Int)] = []
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            matcher.scan(buffer.baseAddress!, from: 0, to: buffer.count) { found.append(($0, $1)) }
        }
        return found
    }

    @Test func findsOverlappingAndNestedNeedles() {
        let found = Self.matches(["slot must", "must increase", "increase"], in: "xx Slot must increase!")
        #expect(found.map(\.0) == [0, 1, 2])
        #expect(found.map(\.1) == [12, 21, 21])
    }

    @Test func ignoresCaseAndEscapeSequences() {
        let text = "\u{1B}[1;31mNO SPACE\u{1B}[0m left \u{1B}[1mfor\u{1B}[0m the block"
        #expect(Self.matches(["no space left for the block"], in: text).count == 1)
    }

    @Test func neverMatchesAcrossLines() {
        #expect(Self.matches(["slot must increase"], in: "slot must\nincrease").isEmpty)
    }

    @Test func nonASCIIAndFailureLinksWork() {
        let found = Self.matches(["✨ Imported #", "ported #12"], in: "a ✨ Imported #1234 b Imported #12")
        #expect(found.map(\.0) == [0, 1, 1])
        #expect(Self.matches(["abcabd"], in: "abcabcabd").map(\.1) == [9])
    }

    @Test func aBareEscapeOrTruncatedSequenceIsHarmless() {
        #expect(Self.matches(["block"], in: "\u{1B}block \u{1B}[12").map(\.1) == [6])
    }
}
