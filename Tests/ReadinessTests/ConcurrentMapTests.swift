import ParaReadyCore
import Testing

@testable import Readiness

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
}
