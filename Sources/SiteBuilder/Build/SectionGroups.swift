/// Groups a section's pages by a front matter key (the checklist by `phase`), in the configured group order.
enum SectionGroups {
    struct Group: Sendable {
        var name: String
        var title: String
        var pages: [SitePage]
    }

    /// Pages keep their order within a group; pages without the key go into a last group named "".
    static func group(_ pages: [SitePage], settings: SectionConfig) -> [Group] {
        var byName: [String: [SitePage]] = [:]
        for page in pages {
            let value = page.frontMatter.extra[settings.groupBy]?.text ?? ""
            byName[value, default: []].append(page)
        }
        var order = settings.groups.filter { byName[$0] != nil }
        order += byName.keys.filter { !settings.groups.contains($0) && !$0.isEmpty }.sorted()
        if byName[""] != nil { order.append("") }
        return order.map { name in
            Group(
                name: name,
                title: settings.groupTitles[name] ?? (name.isEmpty ? "Other" : ContentLoader.title(fromFileName: name)),
                pages: byName[name]!)
        }
    }
}
