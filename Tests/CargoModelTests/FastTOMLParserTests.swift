import Foundation
import ParaReadyCore
import Testing

@testable import CargoModel

/// The one-pass manifest reader must give exactly TOMLKit's tree whenever it answers, and step aside for anything
/// it does not know, invalid TOML above all.
@Suite struct FastTOMLParserTests {
    static func toml(_ text: String) -> Result<TOMLNode, ParaReadyError> {
        Result { () throws(ParaReadyError) in try TOMLKitParser().parse(text, displayPath: "Cargo.toml") }
    }

    /// When the fast path answers, TOMLKit accepts the text and gives the same tree. Returns whether it answered.
    @discardableResult
    static func agree(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Bool {
        guard let fast = FastTOMLParser.parse(text) else { return false }
        switch toml(text) {
        case .success(let node):
            #expect(fast == node, "trees differ for:\n\(text)", sourceLocation: sourceLocation)
        case .failure(let error):
            Issue.record("fast path accepted what TOMLKit rejects (\(error)):\n\(text)", sourceLocation: sourceLocation)
        }
        return true
    }

    /// `==`, except that `nan` equals itself.
    static func same(_ lhs: TOMLNode, _ rhs: TOMLNode) -> Bool {
        switch (lhs, rhs) {
        case (.float(let a), .float(let b)): return a == b || (a.isNaN && b.isNaN)
        case (.array(let a), .array(let b)): return a.count == b.count && zip(a, b).allSatisfy { same($0, $1) }
        case (.table(let a), .table(let b)):
            return a.count == b.count && a.allSatisfy { key, value in b[key].map { same(value, $0) } ?? false }
        default: return lhs == rhs
        }
    }

    static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    @Test func everyBundledManifestIsReadInOnePassAndAgrees() throws {
        var manifests: [String] = []
        for folder in ["content/examples", "Tests/Fixtures"] {
            let base = Self.repositoryRoot.appendingPathComponent(folder).path
            let walker = FileManager.default.enumerator(atPath: base)
            while let name = walker?.nextObject() as? String {
                if name.hasSuffix("Cargo.toml") { manifests.append(base + "/" + name) }
            }
        }
        #expect(manifests.count >= 30)
        for path in manifests {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(Self.agree(text), "fell back on \(path)")
        }
    }

    @Test func theShapesManifestsTakeAgree() {
        let documents = [
            "",
            "# only a comment\n",
            "[package]\nname = \"x\"\nversion = \"0.1.0\"\nedition.workspace = true\n",
            "[dependencies]\nserde = { version = \"1\", default-features = false, features = [\"derive\"] }\n"
                + "frame-support = { git = 'https://github.com/paritytech/polkadot-sdk', branch = \"stable2409\" }\n",
            "[dependencies.codec]\npackage = \"parity-scale-codec\"\nversion = \"3.6\"\n\n[dependencies.log]\n"
                + "workspace = true\n",
            "[features]\ndefault = [ \"std\" ]\nstd = [\n\t\"codec/std\", # why\n\t\"log/std\",\n]\nempty = []\n",
            "[[bin]]\nname = \"a\"\npath = \"src/a.rs\"\n\n[[bin]]\nname = \"b\"\n[bin.extra]\nx = 1\n",
            "[target.'cfg(target_os = \"linux\")'.dependencies]\nlibc = \"0.2\"\n",
            "[a.b]\nx = 1\n[a]\ny = 2\n",
            "[ a . \"quoted key\" . 'lit' ]\nk = -42\nl = +7\nm = 1_000\nn = 0\n\"\" = \"empty key\"\n",
            "a.b.c = 1\na.b.d = 2\na.e = { f = { g = [] } }\n",
            "s = \"tab\\tquote\\\" backslash\\\\ unicode \\u00e9 \\U0001F600 \\b\\f\\n\\r\"\nt = 'C:\\path'\n",
            "nested = [[1, 2], [\"a\"], [], [{ x = true }, { y = false }]]\n",
            "min = -9223372036854775808\nmax = 9223372036854775807\n",
            "deep = " + String(repeating: "[", count: 30) + String(repeating: "]", count: 30) + "\n",
            "unicode = \"é 😀\" # commentaire é\n",
            "[workspace]\nmembers = [\"a\", \"b/*\"]\nexclude = []\n[workspace.dependencies]\nx = { path = \"x\" }\n",
        ]
        for document in documents {
            #expect(Self.agree(document), "fell back on:\n\(document)")
        }
    }

    /// Each of these is invalid TOML or outside the fast path: the fast path steps aside, and the manifest
    /// parser then answers exactly as TOMLKit does.
    @Test func invalidOrUnusualTextIsLeftToTOMLKit() {
        let documents = [
            "a = 1\na = 2\n", "[a]\n[a]\n", "[a]\nb = 1\n[a.b]\n", "a = { b = 1 }\n[a.c]\n", "a.b = 1\n[a.b]\n",
            "[x]\na.b = 1\n[x.a.c]\n", "[[a]]\n[a]\n", "[a]\n[[a]]\n", "a = { b = 1, }\n", "a = { b = 1,\nc = 2 }\n",
            "a = 01\n", "a = 1__0\n", "a = 1_\n", "a = 0x1F\n", "a = 1.5\n", "a = 1e3\n", "a = inf\n", "a = nan\n",
            "a = 1979-05-27\n", "a = 07:32:00\n", "a = 9223372036854775808\n", "a = -9223372036854775809\n",
            "a = \"\"\"multi\nline\"\"\"\n", "a = '''lit'''\n", "a = \"bad \\x escape\"\n", "a = \"\\uD800\"\n",
            "a = \"unterminated\n", "a = 'control \u{1}'\n", "a = 1\r\n", "a = 1 b = 2\n", "= 1\n", "a =\n",
            "a = [1 2]\n", "a = [1,,]\n", "[a\n", "[[a]\n", "a = truee\n", "a = true1\n", "# nul \u{0}\n",
            "\u{FEFF}a = 1\n", "é = 1\n", "a = 1 # \u{7F}\n", "[]\n", "a.b = 1\na = 2\n", "a = tru\n",
            "a = " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n",
            "a = " + String(repeating: "{ b = ", count: 40) + "1" + String(repeating: " }", count: 40) + "\n",
        ]
        for document in documents {
            #expect(FastTOMLParser.parse(document) == nil, "fast path answered for:\n\(document)")
            let combined = Result { () throws(ParaReadyError) in
                try ManifestTOMLParser().parse(document, displayPath: "Cargo.toml")
            }
            switch (combined, Self.toml(document)) {
            case (.success(let mine), .success(let theirs)): #expect(Self.same(mine, theirs))
            case (.failure(let mine), .failure(let theirs)): #expect(mine.description == theirs.description)
            default: Issue.record("manifest parser and TOMLKit disagree on:\n\(document)")
            }
        }
    }

    struct SplitMix {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }

        mutating func pick(_ choices: [String]) -> String { choices[next(choices.count)] }
    }

    /// Random documents from manifest-like pieces, valid or not (repeated keys and tables, odd numbers, escapes,
    /// stray characters): whenever the fast path answers, TOMLKit agrees.
    @Test func randomDocumentsNeverDisagree() {
        var random = SplitMix(state: 2_026_120_8)
        var answered = 0
        let keys = ["a", "b", "name", "version", "\"quoted\"", "'lit'", "a.b", "b.c", "x-y", "_", "1", "a . b", "é"]
        let values = [
            "1", "-2", "+3", "0", "007", "1_000", "1__0", "12345678901234567890", "1.5", "true", "false", "\"s\"",
            "'l'", "\"\\n\\t\\u0041\"", "\"\\q\"", "[]", "[1, 2,]", "[\n1, # c\n2\n]", "{}", "{ k = 1 }", "{ k = 1, }",
            "{ k.l = \"v\" }", "[{ a = 1 }, { a = 2 }]", "\"\"\"m\"\"\"", "tru", "2024-01-01", "[1,", "{ k = 1",
        ]
        let headers = ["[a]", "[b]", "[a.b]", "[[c]]", "[c.d]", "[ 'x' . y ]", "[a]]", "[[a]]", "[\"a\".b]"]
        for _ in 0..<1500 {
            var lines: [String] = []
            for _ in 0..<(1 + random.next(8)) {
                switch random.next(10) {
                case 0, 1: lines.append(random.pick(headers))
                case 2: lines.append("# " + random.pick(["c", "é", "\u{7F}", ""]))
                case 3: lines.append("")
                default:
                    lines.append("\(random.pick(keys)) = \(random.pick(values))" + random.pick(["", " # c", "  "]))
                }
            }
            let text = lines.joined(separator: random.next(20) == 0 ? "\r\n" : "\n") + random.pick(["\n", ""])
            if Self.agree(text) { answered += 1 }
        }
        // The fast path is not only stepping aside.
        #expect(answered > 150)
    }
}
