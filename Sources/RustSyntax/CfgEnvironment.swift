/// What is known about a build configuration when `#[cfg(...)]` is evaluated.
///
/// Cargo features are always decided (a feature not in ``features`` is off). Other names and key-value options
/// are decided only when listed; anything else makes a predicate's value unknown (nil) rather than guessed.
public struct CfgEnvironment: Sendable, Hashable {
    /// Enabled Cargo features (`feature = "std"`).
    public var features: Set<String>
    /// Option names known to be set (`debug_assertions`, `substrate_runtime`).
    public var enabledNames: Set<String>
    /// Option names known to be unset. By default `test`, `doc`, `doctest` and `miri`: the tool reads the
    /// code a normal build compiles.
    public var disabledNames: Set<String>
    /// Key-value options whose values are known (`target_arch` → `["wasm32"]`); keys absent here are unknown.
    public var values: [String: Set<String>]

    public init(
        features: Set<String> = [], enabledNames: Set<String> = [],
        disabledNames: Set<String> = ["test", "doc", "doctest", "miri"], values: [String: Set<String>] = [:]
    ) {
        self.features = features
        self.enabledNames = enabledNames
        self.disabledNames = disabledNames
        self.values = values
    }

    /// The value of a bare option name, or nil when not known.
    public func value(ofName name: String) -> Bool? {
        if enabledNames.contains(name) { return true }
        if disabledNames.contains(name) { return false }
        return nil
    }

    /// The value of `key = "value"`, or nil when the key is not known.
    public func value(ofKey key: String, _ value: String) -> Bool? {
        if key == "feature" { return features.contains(value) }
        return values[key].map { $0.contains(value) }
    }
}
