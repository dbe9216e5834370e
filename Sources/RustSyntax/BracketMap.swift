/// Matching delimiters of a token array, computed once in linear time so parsers can skip groups in O(1).
///
/// Mismatched input is tolerated: a closer that matches an opener deeper in the stack closes the openers above
/// it (they stay unmatched); a closer with no opener is ignored. An unmatched opener's group runs to the end
/// of whatever region the parser is in.
struct BracketMap {
    /// For an opener, the index of its closer; for a closer, the index of its opener; -1 otherwise.
    private(set) var partner: [Int]

    init(_ tokens: [Token]) {
        partner = Array(repeating: -1, count: tokens.count)
        // Delimiters are one byte: they are told apart by that byte (comparing each punctuation token's text
        // with six strings was the costly part).
        var stack: [(index: Int, closer: UInt8)] = []
        for (index, token) in tokens.enumerated() where token.kind == .punct {
            let text = token.text.utf8
            guard text.count == 1, let byte = text.first else { continue }
            switch byte {
            case UInt8(ascii: "("): stack.append((index, UInt8(ascii: ")")))
            case UInt8(ascii: "["): stack.append((index, UInt8(ascii: "]")))
            case UInt8(ascii: "{"): stack.append((index, UInt8(ascii: "}")))
            case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                // Search only the top of the stack so deeply unbalanced input stays linear.
                var depth = stack.count - 1
                let floor = max(0, stack.count - 64)
                while depth >= floor && stack[depth].closer != byte { depth -= 1 }
                guard depth >= floor else { continue }
                let opener = stack[depth].index
                partner[opener] = index
                partner[index] = opener
                stack.removeSubrange(depth...)
            default:
                continue
            }
        }
    }

    /// The closer matching the opener at `index`, or nil when unmatched.
    func closer(of index: Int) -> Int? {
        guard index >= 0, index < partner.count else { return nil }
        let other = partner[index]
        return other > index ? other : nil
    }
}
