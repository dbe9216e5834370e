/// The names one module defines or imports; the index name resolution walks.
struct ModuleScope: Sendable {
    var path: [String]
    /// The file the module's items are written in.
    var file: String
    /// What each name is in the module, in one table: name resolution asks for all three parts of a name at
    /// once (three tables cost three hashes of it).
    var names: [String: Names] = [:]
    var globs: [UseBinding] = []

    /// What one name is in a module.
    struct Names: Sendable {
        /// Items: constants, statics, type aliases, functions, types and `parameter_types!` declarations.
        var declarations: [Item] = []
        /// Non-glob `use` bindings that bind the name.
        var uses: [UseBinding] = []
        /// The child module of that name.
        var child: [String]?
    }

    /// The non-glob `use` bindings that bind `name`.
    func uses(_ name: String) -> [UseBinding] {
        names[name]?.uses ?? []
    }

    init(path: [String], file: String) {
        self.path = path
        self.file = file
    }

    static func key(_ path: [String]) -> String {
        path.joined(separator: "::")
    }
}
