import Foundation
import ParaReadyCore

/// Maps independent pieces of work on all cores and returns the results in input order, so that the output is
/// the same as a sequential loop's. The first error in input order is rethrown.
enum ConcurrentMap {
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) throws(ParaReadyError) -> Result
    ) throws(ParaReadyError) -> [Result] {
        guard elements.count > 1 else {
            var results: [Result] = []
            for element in elements { results.append(try transform(element)) }
            return results
        }
        let slots = Slots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            let outcome: Swift.Result<Result, ParaReadyError>
            do throws(ParaReadyError) {
                outcome = .success(try transform(elements[index]))
            } catch {
                outcome = .failure(error)
            }
            slots.set(index, outcome)
        }
        var results: [Result] = []
        for outcome in slots.values {
            switch outcome {
            case .success(let value): results.append(value)
            case .failure(let error): throw error
            case nil: preconditionFailure("every iteration stores its result")
            }
        }
        return results
    }

    /// Result storage written by several threads, one slot each.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [Swift.Result<Value, ParaReadyError>?]

        init(count: Int) {
            storage = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: Swift.Result<Value, ParaReadyError>) {
            lock.withLock { storage[index] = value }
        }

        var values: [Swift.Result<Value, ParaReadyError>?] {
            lock.withLock { storage }
        }
    }
}
