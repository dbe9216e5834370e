import Dispatch
import ParaReadyCore

/// Runs work on every core with results in input order and the first error (by input order) reported.
enum Parallel {
    /// Maps `items` concurrently. When several items fail, the error of the earliest item is thrown, so the
    /// message does not depend on scheduling.
    static func map<T: Sendable, R: Sendable>(
        _ items: [T], _ transform: @Sendable (T) throws(ParaReadyError) -> R
    ) throws(ParaReadyError) -> [R] {
        let results = ResultBox<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            do throws(ParaReadyError) {
                results.set(index, .success(try transform(items[index])))
            } catch {
                results.set(index, .failure(error))
            }
        }
        var out: [R] = []
        out.reserveCapacity(items.count)
        for index in 0..<items.count {
            switch results.get(index) {
            case .success(let value): out.append(value)
            case .failure(let error): throw error
            case .none: throw ParaReadyError(.internal, "parallel task \(index) produced no result")
            }
        }
        return out
    }
}

/// Fixed-size result slots written by concurrent tasks, each slot by exactly one task.
private final class ResultBox<R>: @unchecked Sendable {
    private var slots: UnsafeMutableBufferPointer<Result<R, ParaReadyError>?>

    init(count: Int) {
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ value: Result<R, ParaReadyError>) {
        slots[index] = value
    }

    func get(_ index: Int) -> Result<R, ParaReadyError>? {
        slots[index]
    }
}
