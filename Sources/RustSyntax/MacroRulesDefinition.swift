/// The arms of a `macro_rules!` definition whose expansion holds items ParaReady reads: a macro whose
/// transcriber invokes `impl_runtime_apis!` (a runtime's common module defining `impl_common_runtime_apis!`
/// for several runtimes) keeps the items of that transcriber, so the impls it generates can be read where the
/// macro is invoked. Other definitions keep no arms.
public struct MacroRulesDefinition: Sendable, Hashable {
    /// One `(matcher) => { transcriber }` rule.
    public struct Arm: Sendable, Hashable {
        /// Items parsed from the transcriber; metavariables (`$x`, `$( … )*`) are skipped as garbage, so the
        /// items are the ones written literally in the definition.
        public var items: [Item]

        public init(items: [Item]) {
            self.items = items
        }
    }

    public var arms: [Arm]

    public init(arms: [Arm]) {
        self.arms = arms
    }

    /// The items of every arm, in source order.
    public var items: [Item] {
        arms.flatMap(\.items)
    }
}
