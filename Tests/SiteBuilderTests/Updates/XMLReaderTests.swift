import Foundation
import ParaReadyCore
import Testing

@testable import SiteBuilder

@Suite struct XMLReaderTests {
    typealias Event = XMLReader.Event

    /// Every event of `xml`, or the reader's error.
    static func events(_ xml: String) throws(ParaReadyError) -> [Event] {
        var reader = XMLReader(xml, path: "t.xml")
        var result: [Event] = []
        while let event = try reader.next() { result.append(event) }
        return result
    }

    static func failure(_ xml: String) throws -> ParaReadyError {
        try #require(throws: ParaReadyError.self) { _ = try events(xml) }
    }

    @Test func decodesEntitiesAndCharacterReferences() throws {
        #expect(
            try Self.events("<a>&lt;b&gt; &amp; &quot;q&quot; &apos;s&apos; &#65;&#x42;&#x1F680;&#10;</a>") == [
                .start(name: "a", attributes: []), .text("<b> & \"q\" 's' AB🚀\n"), .end(name: "a"),
            ])
        // Line ends are normalised; a character reference keeps what it names.
        #expect(
            try Self.events("<a>x\r\ny\rz&#13;</a>") == [
                .start(name: "a", attributes: []), .text("x\ny\nz\r"), .end(name: "a"),
            ])
    }

    @Test func cdataIsRawText() throws {
        #expect(
            try Self.events("<a>x<![CDATA[<b>&amp; ]] ]>]]>y</a>") == [
                .start(name: "a", attributes: []), .text("x"), .cdata("<b>&amp; ]] ]>"), .text("y"), .end(name: "a"),
            ])
    }

    @Test func commentsAndProcessingInstructionsAreSkipped() throws {
        let xml = """
            \u{FEFF}<?xml version="1.0" encoding="UTF-8" ?>
            <!-- before - the root -->
            <?xml-stylesheet href="a.css"?>
            <a><?pi some data?>t<!---->u<!-- a <b> & c --></a>
            <!-- after --><?end?>

            """
        #expect(
            try Self.events(xml) == [
                .start(name: "a", attributes: []), .text("t"), .text("u"), .end(name: "a"),
            ])
    }

    @Test func readsAttributesAndQualifiedNames() throws {
        let xml = """
            <rss version="2.0" xmlns:dc='http://purl.org/dc/elements/1.1/'>\
            <dc:creator a = "it's" b='say "hi"' c="x &amp; &lt;y&gt; &#x41;" d="tab\there
            line"/></rss>
            """
        #expect(
            try Self.events(xml) == [
                .start(
                    name: "rss",
                    attributes: [
                        .init(name: "version", value: "2.0"),
                        .init(name: "xmlns:dc", value: "http://purl.org/dc/elements/1.1/"),
                    ]),
                .start(
                    name: "dc:creator",
                    attributes: [
                        .init(name: "a", value: "it's"), .init(name: "b", value: "say \"hi\""),
                        .init(name: "c", value: "x & <y> A"), .init(name: "d", value: "tab here line"),
                    ]),
                .end(name: "dc:creator"), .end(name: "rss"),
            ])
        #expect(
            try Self.events("<é-1.x:y·z\n/>") == [.start(name: "é-1.x:y·z", attributes: []), .end(name: "é-1.x:y·z")])
    }

    @Test func eventsAreLocatedInCharacters() throws {
        var reader = XMLReader("<a>\n  é<b x='1'/>\r\n<c>t</c></a>", path: "t.xml")
        var events: [Event] = []
        var places: [String] = []
        while let event = try reader.next() {
            events.append(event)
            places.append("\(reader.eventLocation.line):\(reader.eventLocation.column)")
        }
        #expect(
            events == [
                .start(name: "a", attributes: []), .text("\n  é"),
                .start(name: "b", attributes: [.init(name: "x", value: "1")]),
                .end(name: "b"), .text("\n"), .start(name: "c", attributes: []), .text("t"), .end(name: "c"),
                .end(name: "a"),
            ])
        #expect(places == ["1:1", "1:4", "2:4", "2:4", "2:14", "3:1", "3:4", "3:5", "3:9"])
    }

    @Test(arguments: [
        ("<a>\n  <b></c>\n</a>", 2, 6, "mismatched end tag: expected </b> (<b> opened at 2:3), found </c>"),
        ("<a>\n x é&nbsp; y</a>", 2, 5, "unknown entity &nbsp;"),
        ("<a>\n<b>text", 2, 8, "the input ends before </b> (<b> opened at 2:1)"),
        ("<a>\n<b x='1", 2, 8, "the input ends inside an attribute value"),
        ("<a/>\n  x", 2, 3, "text after the root element"),
        ("<a/><b/>", 1, 5, "a second root element <b>"),
        ("<a x='1'\n   x=\"2\"/>", 2, 4, "duplicate attribute 'x' in <a>"),
        ("<a x=\"1<2\"/>", 1, 8, "'<' is not allowed in an attribute value"),
        ("<a x=1/>", 1, 6, "the value of 'x' must be in quotes"),
        ("<a x='1'y='2'/>", 1, 9, "expected a space, '>' or '/>'"),
        ("<a>x]]>y</a>", 1, 5, "']]>' is not allowed in text"),
        ("<a><!-- a -- b --></a>", 1, 11, "'--' is not allowed inside a comment"),
        ("<a><!-- a ---></a>", 1, 11, "'--' is not allowed inside a comment"),
        ("<a>&#0;</a>", 1, 4, "&#0; is not a character XML allows"),
        ("<a>&#x110000;</a>", 1, 4, "is not a character XML allows"),
        ("<a>&#99999999999999999999;</a>", 1, 4, "is not a character XML allows"),
        ("<a>&#x;</a>", 1, 4, "a character reference is"),
        ("<a>a & b</a>", 1, 6, "'&' must start a reference"),
        ("<a>&amp </a>", 1, 8, "expected ';' after &amp"),
        ("<a>\u{1}</a>", 1, 4, "the control character U+0001"),
        ("<a>\u{FFFF}</a>", 1, 4, "U+FFFF is not allowed"),
        ("<a>1 < 2</a>", 1, 6, "'<' must start a tag"),
        ("</a>", 1, 1, "</a> closes no element"),
        (" <?xml version='1.0'?><a/>", 1, 2, "the XML declaration must be at the very start"),
        ("<?xml version='1.0'?><!DOCTYPE a><a/>", 1, 22, "a DOCTYPE is not allowed"),
        ("<a><!ELEMENT a ANY></a>", 1, 4, "'<!' starts neither a comment nor a CDATA section"),
        ("<![CDATA[x]]><a/>", 1, 1, "a CDATA section outside the root element"),
        ("x<a/>", 1, 1, "text before the root element"),
        ("<!-- only a comment -->\n", 2, 1, "the document has no root element"),
        ("<a><?pi", 1, 8, "the input ends inside a processing instruction"),
        ("<a><?pi-x?></a><?p!?>", 1, 19, "expected a space or '?>' after the target 'p'"),
        ("<a></a >x", 1, 9, "text after the root element"),
        ("<a></a x>", 1, 8, "expected '>' to end </a>"),
    ])
    func errorsNameLineAndColumn(xml: String, line: Int, column: Int, message: String) throws {
        let error = try Self.failure(xml)
        #expect(error.kind == .syntax)
        #expect(error.message.contains(message), "\(error)")
        #expect(error.location == SourceLocation(file: "t.xml", line: line, column: column), "\(error)")
    }

    @Test func nestingIsBounded() throws {
        let limit = XMLReader.maximumDepth
        let deepest = String(repeating: "<a>", count: limit) + String(repeating: "</a>", count: limit)
        #expect(try Self.events(deepest).count == 2 * limit)
        let tooDeep = String(repeating: "<a>", count: limit + 1) + String(repeating: "</a>", count: limit + 1)
        let error = try Self.failure(tooDeep)
        #expect(error.message == "elements nested more than 256 levels deep")
        #expect(error.location == SourceLocation(file: "t.xml", line: 1, column: 3 * limit + 1))
        // Far deeper input fails the same way, without using the stack.
        #expect(try Self.failure(String(repeating: "<a>", count: 1_000_000)).message.contains("nested more than"))
    }

    @Test func hostileShapesStayLinear() throws {
        let manyAttributes = "<a " + (0..<50_000).map { "x\($0)='1'" }.joined(separator: " ") + " x7='2'/>"
        #expect(try Self.failure(manyAttributes).message.contains("duplicate attribute 'x7'"))
        #expect(
            try Self.failure("<a>&#" + String(repeating: "9", count: 500_000) + ";</a>").message.contains(
                "not a character"))
        #expect(try Self.failure("<a><!--" + String(repeating: "-", count: 500_000)).message.contains("'--'"))
        #expect(try Self.failure(String(repeating: "<a x='", count: 200_000)).message.contains("'<' is not allowed"))
        #expect(try Self.events("<a>" + String(repeating: "&amp;]]", count: 200_000) + "</a>").count == 3)
    }

    @Test func anUnclosedElementIsAnEarlyEnd() throws {
        for (xml, early) in [
            ("<a><b>x", true), ("<a><b x='", true), ("<a><!-- x", true), ("<a>&am", true), ("<a></a", true),
            ("<a><", true), ("<a><!", true), ("<a><!-", true), ("<a><![CDA", true), ("<a><![CDATA[x]]", true),
            ("<a>&#x4", true), ("<a></", true), ("<a><?", true), ("<a><b/", true), ("<a>x]]", true),
            ("<a", false), ("<?xml", false), ("", false), ("<a/><!--", false), ("<a>]]>", false),
        ] {
            var reader = XMLReader(xml, path: "t.xml")
            #expect(throws: ParaReadyError.self, "\(xml)") { while try reader.next() != nil {} }
            #expect(reader.endedEarly == early, "\(xml)")
        }
    }

    // MARK: - Properties

    /// Pieces that reach the reader's interesting states often when strung together at random.
    static let fragments = [
        "<", ">", "/", "a", "b", "dc:c", "=", "\"", "'", "&", ";", "#", "x", "1", "F", "!", "-", "?", "[", "]", " ",
        "\n",
        "\r", "\t", "é", "🚀", "\u{0}", "\u{FFFE}", "<a>", "</a>", "<b x='1'>", "</b>", "<a/>", "<!--", "-->", "--",
        "<![CDATA[", "]]>", "&amp;", "&lt;", "&#x", "&#", "<?", "?>", "<?xml ", "<!DOCTYPE", "CDATA", "\u{FEFF}",
    ]

    @Test func randomSoupsParseOrFailWithALocation() {
        var random = XMLSoupGenerator(seed: 0x584D_4C52)
        for round in 0..<3000 {
            let soup: String
            if round % 3 == 0 {
                // Raw bytes; invalid UTF-8 becomes U+FFFD as it would when a file is read.
                let count = Int.random(in: 0...80, using: &random)
                soup = String(
                    decoding: (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }, as: UTF8.self)
            } else {
                let count = Int.random(in: 0...60, using: &random)
                soup = (0..<count).map { _ in Self.fragments.randomElement(using: &random)! }.joined()
            }
            Self.checkParsesOrFails(soup)
        }
    }

    @Test func truncationsOfTheFixtureAreEarlyEnds() throws {
        let text = try UpdatesTestSupport.read(UpdatesTestSupport.fixture("topic.rss"))
        let scalars = Array(text.unicodeScalars)
        let rootOpen = try #require(text.range(of: "<rss "))
        let rootOpened = text.unicodeScalars.distance(
            from: text.unicodeScalars.startIndex, to: try #require(text[rootOpen.upperBound...].firstIndex(of: ">")))
        let rootClose = try #require(text.range(of: "</rss>", options: .backwards))
        let rootClosed = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: rootClose.upperBound)
        var random = XMLSoupGenerator(seed: 0x5452_554E)
        var cuts = Array(stride(from: 0, through: scalars.count, by: 61))
        cuts += (0..<100).map { _ in Int.random(in: 0...scalars.count, using: &random) }
        // Every cut through the first of each construct, where a reader must tell "cut short" from "wrong".
        for construct in ["<?xml", "<![CDATA[", "]]>", "&#x09;", "&lt;", "/>", "</item>", "<dc:creator>"] {
            let found = try #require(text.range(of: construct), "\(construct)")
            let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: found.lowerBound)
            cuts += offset...(offset + construct.unicodeScalars.count)
        }
        cuts += [rootOpened, rootOpened + 1, rootClosed - 1, rootClosed]
        for cut in cuts {
            let prefix = String(String.UnicodeScalarView(scalars[..<cut]))
            var reader = XMLReader(prefix, path: "t.rss")
            var failure: ParaReadyError?
            do throws(ParaReadyError) {
                while try reader.next() != nil {}
            } catch {
                failure = error
            }
            if cut >= rootClosed {
                #expect(failure == nil, "cut at \(cut): \(failure.map(String.init(describing:)) ?? "")")
                continue
            }
            #expect(failure != nil, "cut at \(cut)")
            #expect(
                reader.endedEarly == (cut > rootOpened), "cut at \(cut): \(failure.map(String.init(describing:)) ?? "")"
            )
            if cut > rootOpened {
                let error = try #require(throws: ParaReadyError.self) {
                    _ = try DiscourseTopic.read(prefix, path: "t.rss", forumURL: "https://forum.example.org")
                }
                #expect(error.message == "the RSS export ends before </rss> (truncated export?)", "\(error)")
            }
        }
    }

    @Test func mutationsOfTheFixtureNeverCrash() throws {
        let text = try UpdatesTestSupport.read(UpdatesTestSupport.fixture("topic.rss"))
        let scalars = Array(text.unicodeScalars)
        var random = XMLSoupGenerator(seed: 0x4D55_5441)
        for _ in 0..<200 {
            var mutated = scalars
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let at = Int.random(in: 0..<mutated.count, using: &random)
                let piece = Array(Self.fragments.randomElement(using: &random)!.unicodeScalars)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: mutated.insert(contentsOf: piece, at: at)
                case 1: mutated.remove(at: at)
                default: mutated.replaceSubrange(at..<min(mutated.count, at + piece.count), with: piece)
                }
            }
            let soup = String(String.UnicodeScalarView(mutated))
            Self.checkParsesOrFails(soup)
            _ = try? DiscourseTopic.read(soup, path: "t.rss", forumURL: "https://forum.example.org")
        }
    }

    /// Reads `xml` to the end: it either fails at a location inside the text, or gives balanced, matching tags.
    static func checkParsesOrFails(_ xml: String) {
        let lines = xml.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
        do throws(ParaReadyError) {
            var stack: [String] = []
            var roots = 0
            for event in try events(xml) {
                switch event {
                case .start(let name, _):
                    if stack.isEmpty { roots += 1 }
                    stack.append(name)
                case .end(let name):
                    #expect(stack.popLast() == name, "\(xml.debugDescription)")
                case .text, .cdata:
                    #expect(!stack.isEmpty, "\(xml.debugDescription)")
                }
            }
            #expect(stack.isEmpty && roots == 1, "\(xml.debugDescription)")
        } catch {
            let location = error.location ?? SourceLocation(file: "", line: 0, column: 0)
            #expect(location.file == "t.xml")
            #expect(location.line >= 1 && location.line <= lines.count, "\(error) in \(xml.debugDescription)")
            let line = location.line >= 1 && location.line <= lines.count ? lines[location.line - 1] : ""
            #expect(
                location.column >= 1 && location.column <= line.unicodeScalars.count + 1,
                "\(error) in \(xml.debugDescription)")
        }
    }
}

/// SplitMix64, so every run feeds the same soups.
private struct XMLSoupGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
