import Markdown
import ParaReadyCore
import Testing

/// Bounded time on untrusted input: every crafted shape of at least 1 MiB renders or is rejected within seconds.
@Suite struct PathologicalInputTests {
    @Test(arguments: PathologicalInput.all)
    func finishesWithinSeconds(_ input: PathologicalInput) {
        let source = input.make()
        #expect(source.utf8.count >= PathologicalInput.minimumSize)
        let clock = ContinuousClock()
        var outcome = PathologicalInput.Outcome.renders
        var message = ""
        let elapsed = clock.measure {
            do {
                _ = try Markdown.render(source, options: MarkdownOptions(headingAnchors: true))
            } catch let error as ParaReadyError {
                message = error.description
                outcome = .rejected(error.kind == .limit ? Self.shapeName(in: error.message) : "\(error.kind)")
            } catch {
                message = "\(error)"
                outcome = .rejected("unexpected error")
            }
        }
        print("\(input.name): \(elapsed) \(outcome == .renders ? "rendered" : message)")
        #expect(elapsed < .seconds(5), "\(input.name) took \(elapsed)")
        #expect(outcome == input.expected, "\(input.name): \(message)")
    }

    /// The shape name between the parentheses of a guard error message.
    static func shapeName(in message: String) -> String {
        guard let open = message.firstIndex(of: "("), let close = message.firstIndex(of: ")"), open < close else {
            return message
        }
        return String(message[message.index(after: open)..<close])
    }
}
