import Markdown
import ParaReadyCore
import Testing

@testable import Markdown

/// The guard must not reject ordinary content, however large.
@Suite struct OrdinaryDocumentTests {
    @Test(arguments: OrdinaryDocument.allCases)
    func largeOrdinaryDocumentsRender(_ kind: OrdinaryDocument) throws {
        let source = kind.text
        #expect(source.utf8.count >= 1 << 20)
        let rendered = try Markdown.render(source, options: MarkdownOptions(headingAnchors: true))
        #expect(rendered.html.utf8.count > source.utf8.count / 2)
    }

    /// Every estimate of an ordinary megabyte stays under a tenth of its limit: a wide margin, not a near miss.
    @Test(arguments: OrdinaryDocument.allCases)
    func ordinaryDocumentsStayFarBelowTheLimits(_ kind: OrdinaryDocument) {
        let measures = InputGuard.measure(kind.text, options: .untrusted)
        for shape in InputShape.allCases where shape != .documentSize {
            let total = measures[shape]?.total ?? 0
            #expect(total <= shape.limit / 10, "\(kind): \(shape.rawValue) estimate \(total) of \(shape.limit)")
        }
    }
}
