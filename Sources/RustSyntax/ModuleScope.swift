/// The names one module defines or imports; the index name resolution walks.
struct ModuleScope: Sendable {
    var path: [String]
    /// The file the module's items are written in.
    var file: String
    /// Items by name: constants, statics, type aliases, functions, types and `parameter_types!` declarations.
    var declarations: [String: [Item]] = [:]
    /// Non-glob `use` bindings by the name they bind.
    var uses: [String: [UseBinding]] = [:]
    var globs: [UseBinding] = []
    /// Child modules by name.
    var children: [String: [String]] = [:]

    init(path: [String], file: String) {
        self.path = path
        self.file = file
    }

    static func key(_ path: [String]) -> String {
        path.joined(separator: "::")
    }
}
