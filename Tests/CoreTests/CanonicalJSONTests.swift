import Foundation
import ParaReadyCore
import Testing

/// `CanonicalJSON` writes the bytes Foundation's `JSONEncoder` writes with sorted keys, pretty printing and
/// unescaped slashes; these tests hold the two equal.
@Suite struct CanonicalJSONTests {
    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    struct Sample: Encodable {
        var keys: [String: Int] = [
            "b": 1, "B": 2, "a10": 3, "a9": 4, "_x": 5, "é": 6, "Z": 7, "aa": 8, "a": 9, "a-b": 10, "": 11,
            "\u{FFFD}": 12, "😀": 13, "\u{E000}": 14, "ß": 15,
        ]
        var doubles: [Double] = [1.0, 0.5, 1e20, 1e-7, 123456789.125, -0.0, 3.14159, 1e16, 100, 2.5e-5, 0.1 + 0.2]
        var float: Float = 1.1
        var text = "q\"\\/\u{0}\u{1}\u{8}\u{c}\n\r\t\u{1f}\u{7f}é😀\u{2028}"
        var empty: [Int] = []
        var emptyObject: [String: Int] = [:]
        var missing: Int? = nil
        var extremes: [Int64] = [Int64.min, Int64.max]
        var unsigned = UInt64.max
        var small: [Int8] = [-128, 127]
        var flag = true
        var nested: [[String: [Int]]] = [["k": []], [:]]
        var url = URL(string: "https://example.org/a b?q=1")
        var optionals: [Int?] = [1, nil]
        var date = Date(timeIntervalSinceReferenceDate: 12.5)
        var data = Data([0, 1, 2, 250])
        var intKeys: [Int: String] = [3: "c", 1: "a", 20: "t"]
    }

    @Test func matchesFoundationOnEveryKindOfValue() throws {
        #expect(try CanonicalJSON.string(Sample()) == Self.foundation(Sample()))
        #expect(try CanonicalJSON.string("top") == Self.foundation("top"))
        #expect(try CanonicalJSON.string([Int]()) == Self.foundation([Int]()))
        #expect(try CanonicalJSON.string([String: [String]]()) == Self.foundation([String: [String]]()))
        #expect(try CanonicalJSON.string(Optional<Int>.none) == Self.foundation(Optional<Int>.none))
    }

    /// Custom `encode(to:)` shapes: nested containers, explicit nils, a key written twice, super encoders, and a
    /// value that encodes nothing.
    struct Custom: Encodable {
        enum Keys: String, CodingKey { case a, b, c, d, e }
        struct Nothing: Encodable {
            func encode(to encoder: any Encoder) throws {}
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encodeNil(forKey: .a)
            try container.encode(1, forKey: .b)
            try container.encode(2, forKey: .b)
            var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .c)
            try nested.encode("x", forKey: .a)
            var list = container.nestedUnkeyedContainer(forKey: .d)
            try list.encode(true)
            try list.encodeNil()
            var inner = list.nestedUnkeyedContainer()
            try inner.encode(2.5)
            try container.encode(Nothing(), forKey: .e)
            let parent = container.superEncoder()
            var single = parent.singleValueContainer()
            try single.encode("from super")
            let keyed = container.superEncoder(forKey: .a)
            var again = keyed.container(keyedBy: Keys.self)
            try again.encode([1, 2], forKey: .b)
        }
    }

    @Test func matchesFoundationOnCustomEncodings() throws {
        #expect(try CanonicalJSON.string(Custom()) == Self.foundation(Custom()))
        #expect(try CanonicalJSON.string([Custom(), Custom()]) == Self.foundation([Custom(), Custom()]))
    }

    @Test func rejectsWhatFoundationRejects() {
        #expect(throws: EncodingError.self) { try CanonicalJSON.string([Double.nan]) }
        #expect(throws: EncodingError.self) { try CanonicalJSON.string(["x": Double.infinity]) }
        #expect(throws: EncodingError.self) { try CanonicalJSON.string(Custom.Nothing()) }
    }

    /// A random JSON-shaped value: nested objects and arrays of strings (control characters, quotes, slashes and
    /// non-ASCII included), integers, doubles, booleans and nulls.
    indirect enum Random: Encodable {
        case text(String)
        case integer(Int)
        case double(Double)
        case flag(Bool)
        case null
        case list([Random])
        case object([String: Random])

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let value): try container.encode(value)
            case .integer(let value): try container.encode(value)
            case .double(let value): try container.encode(value)
            case .flag(let value): try container.encode(value)
            case .null: try container.encodeNil()
            case .list(let value): try container.encode(value)
            case .object(let value): try container.encode(value)
            }
        }

        static let alphabet: [Character] = Array("aZ_09-/\\\"\u{0}\u{1f}\n\t é😀\u{7f}\u{FFFD}\u{E000}.")

        static func make(_ generator: inout SplitMix, depth: Int) -> Random {
            func text() -> String {
                String(
                    (0..<Int(generator.next() % 6)).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))]
                    })
            }
            switch generator.next() % (depth > 3 ? 5 : 7) {
            case 0: return .text(text())
            case 1: return .integer(Int(bitPattern: UInt(generator.next())) >> Int(generator.next() % 64))
            case 2:
                let raw = Double(bitPattern: generator.next())
                return .double(raw.isFinite ? raw : Double(generator.next() % 1000) / 8)
            case 3: return .flag(generator.next() % 2 == 0)
            case 4: return .null
            case 5: return .list((0..<Int(generator.next() % 4)).map { _ in make(&generator, depth: depth + 1) })
            default:
                var object: [String: Random] = [:]
                for _ in 0..<Int(generator.next() % 5) { object[text()] = make(&generator, depth: depth + 1) }
                return .object(object)
            }
        }
    }

    struct SplitMix {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test func matchesFoundationOnRandomValues() throws {
        var generator = SplitMix(state: 20_261_208)
        for _ in 0..<400 {
            let value = Random.make(&generator, depth: 0)
            #expect(try CanonicalJSON.string(value) == Self.foundation(value))
        }
    }
}
