import ParaReadyCore
import Testing

/// `split(byte:)` and `lastPiece(afterByte:)` cut at a byte; these tests hold them equal to the Character
/// split they replaced, on the shapes they are used for and on random text.
@Suite struct ByteSplitTests {
    static func characterSplit(_ text: String, _ separator: Character, omittingEmpty: Bool) -> [String] {
        text.split(separator: separator, omittingEmptySubsequences: omittingEmpty).map(String.init)
    }

    @Test func splitsPathsAsTheCharacterSplitDoes() {
        let samples = [
            "", "/", "//", "a", "/a", "a/", "a//b", "/abs/path/to/file.rs", "./x/../y", "runtimes/é/lib.rs",
            "../../a", "a/b/c/", "ünïcödé/ｆｕｌｌ/ｗｉｄｔｈ",
        ]
        for sample in samples {
            for omitting in [true, false] {
                #expect(
                    sample.split(byte: UInt8(ascii: "/"), omittingEmpty: omitting).map(String.init)
                        == Self.characterSplit(sample, "/", omittingEmpty: omitting), "\(sample) \(omitting)")
            }
        }
    }

    @Test func lastPieceIsTheLastNonEmptyPiece() {
        #expect("frame_support::parameter_types".lastPiece(afterByte: UInt8(ascii: ":")) == "parameter_types")
        #expect("a::b::".lastPiece(afterByte: UInt8(ascii: ":")) == "b")
        #expect("name".lastPiece(afterByte: UInt8(ascii: ":")) == "name")
        #expect("::".lastPiece(afterByte: UInt8(ascii: ":")) == nil)
        #expect("".lastPiece(afterByte: UInt8(ascii: ":")) == nil)
        #expect("dir/file.rs".lastPiece(afterByte: UInt8(ascii: "/")) == "file.rs")
    }

    /// Random text over a small alphabet that includes the separator, multi-byte scalars and a combining-free
    /// mix, compared with the Character split (which agrees wherever no combining mark follows a separator).
    @Test func agreesWithTheCharacterSplitOnRandomText() {
        let alphabet: [String] = ["a", "b", ":", "/", ".", "é", "ü", "日", "-", "_", " "]
        var state: UInt64 = 20_261_208
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        for _ in 0..<2_000 {
            let text = (0..<(next() % 24)).map { _ in alphabet[next() % alphabet.count] }.joined()
            for (byte, character) in [(UInt8(ascii: ":"), Character(":")), (UInt8(ascii: "/"), Character("/"))] {
                for omitting in [true, false] {
                    #expect(
                        text.split(byte: byte, omittingEmpty: omitting).map(String.init)
                            == Self.characterSplit(text, character, omittingEmpty: omitting))
                }
                #expect(
                    text.lastPiece(afterByte: byte).map(String.init)
                        == Self.characterSplit(text, character, omittingEmpty: true).last)
            }
            let substring = text.dropFirst(min(2, text.count))
            #expect(
                substring.split(byte: UInt8(ascii: "/")).map(String.init)
                    == substring.split(separator: "/").map(String.init))
        }
    }
}
