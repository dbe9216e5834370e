import ParaReadyCore

extension UpdateEntry {
    /// Validates a loaded page of the updates section, with errors at the front matter key's position.
    ///
    /// The site builder has already parsed the YAML and the dates; this checks what an update needs on top
    /// (a title, a date matching the file name, the tag vocabulary, milestones) the same way
    /// `parse(_:path:fileName:)` does for a file's text.
    public static func from(page: SitePage) throws(ParaReadyError) -> (entry: UpdateEntry, warnings: [UpdateWarning]) {
        let front = page.frontMatter
        let file = page.displayPath
        func at(_ key: String) -> SourceLocation {
            front.locations[key] ?? SourceLocation(file: file, line: 1)
        }
        var warnings: [UpdateWarning] = []
        for key in front.locations.keys.sorted() where !knownKeys.contains(key) && !siteKeys.contains(key) {
            if key.contains(".") { continue }
            warnings.append(UpdateWarning("unknown front matter key `\(key)`", at: at(key)))
        }
        guard front.locations["title"] != nil, !front.title.isEmpty else {
            throw ParaReadyError(
                .invalidValue, "missing `title` in front matter", at: SourceLocation(file: file, line: 1))
        }
        guard let siteDate = front.date else {
            throw ParaReadyError(
                .invalidValue, "missing `date` in front matter", at: SourceLocation(file: file, line: 1))
        }
        let date = ContentDate(siteDate)
        let updated = front.updated.map(ContentDate.init)
        if let updated, updated < date {
            throw ParaReadyError(
                .invalidValue, "`updated` (\(updated)) is earlier than `date` (\(date))", at: at("updated"))
        }
        let fileName = String(page.sourcePath.split(separator: "/").last ?? "")
        guard fileName.hasSuffix(".md"), let fileDay = ContentDate(iso: fileName.prefix(10)),
            fileName.dropFirst(10).hasPrefix("-")
        else {
            throw ParaReadyError(
                .invalidValue, "an update file must be named YYYY-MM-DD-slug.md, not \(fileName)",
                at: SourceLocation(file: file, line: 1))
        }
        guard fileDay == date.day else {
            throw ParaReadyError(
                .invalidValue, "`date` \(date) does not match the file name's day \(fileDay.isoDay)", at: at("date"))
        }
        var tags: [String] = []
        for raw in front.tags {
            let tag = raw.lowercased().split(whereSeparator: { $0 == " " || $0 == "_" }).joined(separator: "-")
            guard isTagSlug(tag) else {
                throw ParaReadyError(.invalidValue, "tag `\(raw)` must be letters, digits and hyphens", at: at("tags"))
            }
            guard !tags.contains(tag) else { continue }
            if !UpdateVocabulary.known.contains(tag) {
                warnings.append(UpdateWarning("unknown tag `\(tag)`", at: at("tags")))
            }
            tags.append(tag)
        }
        var authors: [String] = []
        switch front.extra["authors"] {
        case nil, .null?: break
        case .string(let name)?: authors = [name]
        case .array(let values)?:
            for value in values {
                guard let name = value.string, !name.isEmpty else {
                    throw ParaReadyError(.invalidValue, "`authors` must be a list of names", at: at("authors"))
                }
                authors.append(name)
            }
        default: throw ParaReadyError(.invalidValue, "`authors` must be a list of names", at: at("authors"))
        }
        let milestones = try milestones(front.extra["milestones"], at: at("milestones"))
        var source: String?
        if let value = front.extra["source"], value != .null {
            guard let url = value.string, url.hasPrefix("https://") || url.hasPrefix("http://") else {
                throw ParaReadyError(.invalidValue, "`source` must be an http(s) URL", at: at("source"))
            }
            source = url
        }
        var approximate = false
        if let value = front.extra["approximate"] {
            guard let flag = value.bool else {
                throw ParaReadyError(.invalidValue, "`approximate` must be true or false", at: at("approximate"))
            }
            approximate = flag
        }
        let entry = UpdateEntry(
            slug: String(fileName.dropLast(3)), path: file, title: front.title, date: date, updated: updated,
            authors: authors, tags: UpdateVocabulary.sorted(tags), milestones: milestones, source: source,
            approximate: approximate, body: page.body, bodyLine: page.bodyLine)
        return (entry, warnings)
    }

    /// Keys the site builder itself understands on any page.
    static let siteKeys: Set<String> = ["description", "weight", "order", "slug", "layout", "aliases"]

    static func milestones(_ value: SiteValue?, at location: SourceLocation) throws(ParaReadyError) -> [Milestone] {
        guard let value, value != .null else { return [] }
        guard let items = value.array else {
            throw ParaReadyError(
                .invalidValue, "`milestones` must be a list of {name, network, status, date}", at: location)
        }
        var result: [Milestone] = []
        for (index, item) in items.enumerated() {
            let which = "milestone \(index + 1)"
            guard let fields = item.object else {
                throw ParaReadyError(
                    .invalidValue, "\(which) must be a mapping {name, network, status, date}", at: location)
            }
            for key in fields.keys.sorted() where !["name", "network", "status", "date"].contains(key) {
                throw ParaReadyError(
                    .invalidValue, "\(which) has an unknown field `\(key)` (use name, network, status, date)",
                    at: location)
            }
            guard let name = fields["name"]?.text, !name.isEmpty else {
                throw ParaReadyError(.invalidValue, "\(which) has no `name`", at: location)
            }
            var network = Milestone.allNetworks
            if let value = fields["network"], value != .null {
                network = (value.string ?? "").lowercased()
                guard UpdateVocabulary.networks.contains(network) || network == Milestone.allNetworks else {
                    throw ParaReadyError(
                        .invalidValue,
                        "\(which) (\(name)): network must be one of \(UpdateVocabulary.networks.joined(separator: ", ")), "
                            + "or left out for a milestone of all networks",
                        at: location)
                }
            }
            guard let status = Milestone.Status(rawValue: (fields["status"]?.string ?? "").lowercased()) else {
                throw ParaReadyError(
                    .invalidValue,
                    "\(which) (\(name)): status must be done, next or blocked, not `\(fields["status"]?.text ?? "")`"
                        + Milestone.Status.hint(fields["status"]?.text ?? ""), at: location)
            }
            var date: ContentDate?
            switch fields["date"] {
            case nil, .null?: break
            case .date(let value)?: date = ContentDate(value)
            case .string(let text)?:
                guard let parsed = ContentDate(iso: text) else {
                    throw ParaReadyError(.invalidValue, "\(which) (\(name)): `date` must be YYYY-MM-DD", at: location)
                }
                date = parsed
            default: throw ParaReadyError(.invalidValue, "\(which) (\(name)): `date` must be YYYY-MM-DD", at: location)
            }
            result.append(Milestone(name: name, network: network, status: status, date: date))
        }
        return result
    }
}

extension ContentDate {
    /// The same instant as a site builder date.
    public init(_ date: SiteDate) {
        self.init(secondsSinceEpoch: Int64(date.epochSeconds), hasTime: !date.isDateOnly)
    }
}
