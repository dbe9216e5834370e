extension SourceFile {
    /// The file from its cached scan: items are cfg-filtered in `environment`, and none are compiled when an inner
    /// `#![cfg(…)]` is false.
    init(path: String, modulePath: [String], entry: SourceCache.Entry, environment: CfgEnvironment) {
        let scanned = entry.scanned
        let innerEnabled = scanned.innerAttributes.flatMap { $0.expanded(in: environment) }
            .allSatisfy { $0.cfgPredicate?.evaluate(environment) != false }
        let items = innerEnabled ? (entry.mentionsCfg ? scanned.items.filtered(by: environment) : scanned.items) : []
        self.init(
            path: path, modulePath: modulePath, tokens: entry.tokens, items: items, unfilteredItems: scanned.items,
            innerAttributes: scanned.innerAttributes)
    }
}
