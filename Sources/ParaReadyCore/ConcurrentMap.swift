import Foundation

/// Maps independent pieces of work on all cores and returns the results in input order, so that the output is
/// the same as a sequential loop's.
public enum ConcurrentMap {
    /// The transformed elements; the first error in input order is rethrown.
    public static func map<Element: Sendable, Value: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) throws(ParaReadyError) -> Value
    ) throws(ParaReadyError) -> [Value] {
        try values(of: results(elements, transform))
    }

    /// ``map(_:_:)``, starting the elements with the highest `cost` first (ties in input order): when the pieces
    /// differ in size, the large ones no longer finish last on one core while the others idle. The results are
    /// still in input order.
    public static func map<Element: Sendable, Value: Sendable>(
        _ elements: [Element], costliestFirst cost: (Element) -> Int,
        _ transform: @Sendable (Element) throws(ParaReadyError) -> Value
    ) throws(ParaReadyError) -> [Value] {
        let costs = elements.map(cost)
        let order = elements.indices.sorted { (-costs[$0], $0) < (-costs[$1], $1) }
        let started = results(order.map { elements[$0] }, transform)
        var outcomes = [Result<Value, ParaReadyError>?](repeating: nil, count: elements.count)
        for (position, index) in order.enumerated() { outcomes[index] = started[position] }
        // Errors are replayed in input order, as ``map(_:_:)`` throws them.
        return try values(
            of: outcomes.map { outcome in
                guard let outcome else { preconditionFailure("every element has a result") }
                return outcome
            })
    }

    /// The values of `outcomes` in order; the first error is thrown.
    private static func values<Value>(of outcomes: [Result<Value, ParaReadyError>]) throws(ParaReadyError) -> [Value] {
        var values: [Value] = []
        for outcome in outcomes { values.append(try outcome.get()) }
        return values
    }

    /// Every element's outcome, success or error, in input order: for a caller that replays them in a
    /// sequential order of its own (errors that become warnings, the first error of that order thrown).
    public static func results<Element: Sendable, Value: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) throws(ParaReadyError) -> Value
    ) -> [Result<Value, ParaReadyError>] {
        @Sendable func outcome(_ element: Element) -> Result<Value, ParaReadyError> {
            do throws(ParaReadyError) {
                return .success(try transform(element))
            } catch {
                return .failure(error)
            }
        }
        guard elements.count > 1 else { return elements.map(outcome) }
        let slots = Slots<Value>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots.set(index, outcome(elements[index]))
        }
        return slots.values.map { slot in
            guard let slot else { preconditionFailure("every iteration stores its result") }
            return slot
        }
    }

    /// Result storage written by several threads, one slot each.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [Result<Value, ParaReadyError>?]

        init(count: Int) {
            storage = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: Result<Value, ParaReadyError>) {
            lock.withLock { storage[index] = value }
        }

        var values: [Result<Value, ParaReadyError>?] {
            lock.withLock { storage }
        }
    }
}
