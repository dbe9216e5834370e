import Testing

@testable import CargoModel

@Suite struct TOMLKeyIndexTests {
    let text = """
        # a comment with key = "value"
        [package]
        name = "runtime"
        description = \"\"\"
        fake = "not a key"
        [not.a.table]
        \"\"\"

        [dependencies]
        polkadot-sdk = { git = "https://github.com/paritytech/polkadot-sdk", tag = "polkadot-stable2503" }
        serde.workspace = true
        'quoted key' = "1"

        [dependencies.codec]
        package = "parity-scale-codec"
        version = "3.6"

        [target.'cfg(not(target_os = "linux"))'.dependencies]
        libc = "0.2"

        [features]
        std = [
            "codec/std",  # trailing comment
            'polkadot-sdk/std',
        ]

        [[package]]
        name = "a"
        [[package]]
        name = "b"
        """

    @Test func findsKeysTablesAndInlineTableKeys() throws {
        let index = TOMLKeyIndex(text: text)
        #expect(index.position(of: ["package", "name"])! == (3, 1))
        #expect(index.position(of: ["dependencies", "polkadot-sdk"])! == (10, 1))
        #expect(index.position(of: ["dependencies", "polkadot-sdk", "tag"])! == (10, 70))
        #expect(index.position(of: ["dependencies", "serde", "workspace"])! == (11, 1))
        #expect(index.position(of: ["dependencies", "quoted key"])! == (12, 1))
        #expect(index.position(of: ["dependencies", "codec"])! == (14, 1))
        #expect(index.position(of: ["dependencies", "codec", "version"])! == (16, 1))
        #expect(index.position(of: ["target", "cfg(not(target_os = \"linux\"))", "dependencies", "libc"])! == (19, 1))
    }

    @Test func multilineStringsAndCommentsAreNotKeys() {
        let index = TOMLKeyIndex(text: text)
        #expect(index.position(of: ["package", "fake"]) == nil)
        #expect(index.position(of: ["not"]) == nil)
        #expect(index.position(of: ["key"]) == nil)
    }

    @Test func arrayElementsAndArraysOfTables() {
        let index = TOMLKeyIndex(text: text)
        #expect(index.position(of: ["features", "std", "[0]"])! == (23, 5))
        #expect(index.position(of: ["features", "std", "[1]"])! == (24, 5))
        #expect(index.position(of: ["package", "0", "name"])! == (28, 1))
        #expect(index.position(of: ["package", "1", "name"])! == (30, 1))
        #expect(index.childKeys(of: ["dependencies"]) == ["polkadot-sdk", "serde", "quoted key", "codec"])
    }

    @Test func columnsCountCharactersNotBytes() {
        let index = TOMLKeyIndex(text: "title = \"żółw\"\nx = { a = \"é\", b = 1 }\n")
        #expect(index.position(of: ["x", "b"])! == (2, 16))
    }

    @Test func neverHangsOnBrokenText() {
        let broken = ["[", "[[", "a = [1, 2", "a = {", "a = \"\"\"", "= = =", "[a.\"b", "a = '''x''''", "\\"]
        for sample in broken {
            _ = TOMLKeyIndex(text: sample)
        }
        #expect(TOMLKeyIndex(text: "a = [[[[[[[[[[").entries.count > 0)
    }
}
