import Foundation
import Testing

@testable import RustSyntax

/// Bounded-time checks (the module must never hang): each input repeats one adversarial fragment 20,000 times and
/// must be scanned and evaluated within the bound. A linear pass needs well under a second of CPU time for each in
/// a debug build; the quadratic passes these inputs once hit (`impl impl …`, `unsafe unsafe …`) needed minutes.
/// The bound is on the thread's CPU time, not the wall clock, so a loaded machine cannot make it flaky.
@Suite struct ScalingTests {
    static let fragments = [
        "impl ", "unsafe ", "fn a( ", "#[ ", "mod a { ", "a:: ", "const X: ", "use a::{ ", "pub(crate) ",
        "impl<T> X for ", "type A<B<C ", "parameter_types! { pub const X: u32 = ", "'a ", "r#\" ", "/* ", "< ",
        "extern ", "struct S< ", "X = 1, ", "1 + ", "( ", "{ ", "-", "Weight::from_parts( ", "x.saturating_mul( ",
        "impl X< ", "impl X for Y ", "unsafe extern \"C\" ",
    ]

    /// CPU seconds the calling thread has used.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    @Test(arguments: fragments)
    func repeatedFragmentsStayFast(fragment: String) {
        let source = String(repeating: fragment, count: 20_000)
        let start = Self.threadCPUSeconds()
        let tokens = Lexer.tokenize(source)
        _ = ItemScanner.scan(tokens, file: "big.rs")
        let crate = CrateSource.parse(name: "big", source: source)
        let evaluator = ConstEvaluator(crate: crate)
        _ = evaluator.evaluate(expression: tokens)
        for scoped in crate.scopedItems.prefix(20) { _ = evaluator.evaluate(scoped) }
        let elapsed = Self.threadCPUSeconds() - start
        #expect(elapsed < 10, "\(fragment): \(elapsed) s of CPU time")
    }
}
