import Foundation

/// Work started on another thread at once and collected later with ``wait()``: a step that does not depend on
/// the next ones (reading the lock file, listing config files, naming the SDK release) runs beside them instead
/// of before or after them, where one of the cores would sit idle.
public final class Background<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    public init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The value, waiting for the work to finish. Call once.
    public func wait() -> Value {
        done.wait()
        guard let result else { preconditionFailure("the work stores its value before signalling") }
        return result
    }
}
