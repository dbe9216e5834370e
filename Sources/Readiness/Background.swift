import Foundation

/// Work started on another thread at once and collected later with ``wait()``: a step that does not depend on
/// the crate analysis (listing config files, naming the SDK release) runs beside it instead of before or after
/// it, where one of the two cores would sit idle.
final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The value, waiting for the work to finish. Call once.
    func wait() -> Value {
        done.wait()
        guard let result else { preconditionFailure("the work stores its value before signalling") }
        return result
    }
}
