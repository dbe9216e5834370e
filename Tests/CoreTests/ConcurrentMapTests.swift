import Foundation
import ParaReadyCore
import Testing

@Suite struct ConcurrentMapTests {
    @Test func resultsKeepInputOrder() throws {
        let input = Array(0..<200)
        let output = try ConcurrentMap.map(input) { value throws(ParaReadyError) in value * value }
        #expect(output == input.map { $0 * $0 })
    }

    @Test func theFirstErrorInInputOrderIsThrown() {
        let input = Array(0..<50)
        #expect(throws: ParaReadyError.self) {
            _ = try ConcurrentMap.map(input) { value throws(ParaReadyError) -> Int in
                if value % 7 == 3 { throw ParaReadyError(.io, "failed at \(value)", file: "item-\(value)") }
                return value
            }
        }
        do {
            _ = try ConcurrentMap.map(input) { value throws(ParaReadyError) -> Int in
                if value % 7 == 3 { throw ParaReadyError(.io, "failed at \(value)", file: "item-\(value)") }
                return value
            }
        } catch {
            #expect(error.message == "failed at 3")
        }
    }

    @Test func emptyAndSingleInputs() throws {
        #expect(try ConcurrentMap.map([Int]()) { value throws(ParaReadyError) in value }.isEmpty)
        #expect(try ConcurrentMap.map([5]) { value throws(ParaReadyError) in value + 1 } == [6])
    }

    /// `results` keeps every outcome at its index, errors included, for callers that replay them in an order
    /// of their own.
    @Test func resultsKeepEveryOutcomeInPlace() {
        let outcomes = ConcurrentMap.results(Array(0..<40)) { value throws(ParaReadyError) -> Int in
            if value % 5 == 4 { throw ParaReadyError(.io, "failed at \(value)", file: "item-\(value)") }
            return value * 2
        }
        #expect(outcomes.count == 40)
        for (index, outcome) in outcomes.enumerated() {
            switch outcome {
            case .success(let value): #expect(index % 5 != 4 && value == index * 2)
            case .failure(let error): #expect(index % 5 == 4 && error.message == "failed at \(index)")
            }
        }
    }

    /// Costliest first changes only the start order: results, and the error thrown, follow the input order.
    @Test func costliestFirstKeepsInputOrderForResultsAndErrors() throws {
        let input = Array(0..<60)
        let started = Started()
        let lastDigit: (Int) -> Int = { $0 % 10 }
        let output = try ConcurrentMap.map(input, costliestFirst: lastDigit) { value throws(ParaReadyError) in
            started.append(value)
            return value * 3
        }
        #expect(output == input.map { $0 * 3 })
        // The first elements started are the costliest ones (two threads may swap neighbours).
        #expect(started.values.prefix(4).allSatisfy { $0 % 10 == 9 })
        do {
            let itself: (Int) -> Int = { $0 }
            _ = try ConcurrentMap.map(input, costliestFirst: itself) { value throws(ParaReadyError) -> Int in
                if value == 7 || value == 50 { throw ParaReadyError(.io, "failed at \(value)", file: "item") }
                return value
            }
            Issue.record("an error must be thrown")
        } catch {
            #expect(error.message == "failed at 7")
        }
    }

    final class Started: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [Int] = []
        func append(_ value: Int) { lock.withLock { list.append(value) } }
        var values: [Int] { lock.withLock { list } }
    }
}
