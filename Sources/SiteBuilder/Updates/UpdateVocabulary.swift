import Foundation

/// The tags an update may carry, in the order pages list them.
///
/// Networks say where something happened; audiences say who has to act. Other tags are allowed but warned
/// about, because a typo (`kusam`) would otherwise quietly create a tag page and feed of its own.
public enum UpdateVocabulary {
    /// Relay networks, test networks first.
    public static let networks = ["rococo", "westend", "kusama", "polkadot"]
    /// Who an update is for.
    public static let audiences = ["collators", "validators", "runtime-developers"]
    /// Every known tag: networks then audiences.
    public static let known = networks + audiences

    /// Sort rank of a tag: known tags in vocabulary order, then others alphabetically.
    static func rank(_ tag: String) -> (Int, String) {
        (known.firstIndex(of: tag) ?? known.count, tag)
    }

    /// Orders tags the way pages and feeds list them.
    public static func sorted(_ tags: some Sequence<String>) -> [String] {
        tags.sorted { rank($0) < rank($1) }
    }

    /// A human label for a tag (`runtime-developers` → `Runtime developers`).
    public static func label(_ tag: String) -> String {
        if tag == Milestone.allNetworks { return "All networks" }
        let words = tag.replacingOccurrences(of: "-", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
