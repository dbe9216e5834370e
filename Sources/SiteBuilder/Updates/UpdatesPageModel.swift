import ParaReadyCore

/// The template data of the updates section, built once per build from the validated entries.
///
/// Every updates page reads its data as `data.updates` (`kind` says which page it is); the home page and
/// every other template read `site.data.updates` (`latest`, `openMilestones`, `feeds`).
struct UpdatesPageModel {
    let content: SiteContent
    let routes: UpdateRoutes
    let collection: UpdateCollection
    /// Slug → page URL as the builder placed it.
    let entryURLs: [String: String]
    let settings: UpdatesPlugin.Settings

    /// A site path with leading slash (`/updates/tags/kusama/`).
    func sitePath(_ route: String) -> String { "/" + route }

    func url(_ route: String) -> SiteValue { .string(content.relativeURL(sitePath(route))) }

    func entryURL(_ entry: UpdateEntry) -> String {
        content.relativeURL(entryURLs[entry.slug] ?? sitePath(routes.entry(entry.slug)))
    }

    func contribution() -> SiteContribution {
        var pages: [GeneratedPage] = []
        var pageData: [String: [String: SiteValue]] = [:]
        let timeline = collection.timeline

        // The index, paginated; page 1 is the section's own page (its `_index.md` when there is one).
        let chunks = stride(from: 0, to: max(collection.entries.count, 1), by: settings.perPage).map {
            Array(collection.entries[$0..<min($0 + settings.perPage, collection.entries.count)])
        }
        for (index, entries) in chunks.enumerated() {
            let number = index + 1
            let path = sitePath(routes.index(page: number))
            var data = common(kind: "index")
            data["entries"] = .array(entries.map(summary))
            data["hasEntries"] = .bool(!entries.isEmpty)
            data["pagination"] = pagination(number, of: chunks.count)
            pageData[path] = data
            let hasIndexPage = content.page(url: path)?.isIndex == true
            if !hasIndexPage {
                pages.append(
                    GeneratedPage(
                        path: path, title: number == 1 ? "Development updates" : "Development updates, page \(number)",
                        layout: "updates/list", body: .trustedHTML(""),
                        description: "Dated updates on the asynchronous backing rollout.",
                        date: entries.map(\.lastModified).max().map(Self.siteDate), section: routes.sectionName,
                        inSearch: false))
            }
        }

        for (tag, _) in collection.tags {
            let entries = collection.entries(tagged: tag)
            let path = sitePath(routes.tag(tag))
            var data = common(kind: "tag")
            data["tag"] = tagValue(tag)
            data["entries"] = .array(entries.map(summary))
            data["hasEntries"] = .bool(!entries.isEmpty)
            data["tagFeeds"] = feeds(tag: tag)
            data["milestones"] = .array(timeline.items.filter { $0.network == tag }.map(milestone))
            data["hasMilestones"] = .bool(timeline.items.contains { $0.network == tag })
            pageData[path] = data
            pages.append(
                GeneratedPage(
                    path: path, title: "Updates: \(UpdateVocabulary.label(tag))", layout: "updates/tag",
                    body: .trustedHTML(""), description: "Development updates tagged \(tag).",
                    date: entries.map(\.lastModified).max().map(Self.siteDate), section: routes.sectionName,
                    inSearch: false))
        }

        let timelinePath = sitePath(routes.timeline)
        var timelineData = common(kind: "timeline")
        timelineData["milestones"] = .array(timeline.items.map(milestone))
        timelineData["hasMilestones"] = .bool(!timeline.items.isEmpty)
        timelineData["networks"] = .array(
            (UpdateVocabulary.networks + [Milestone.allNetworks]).compactMap { network -> SiteValue? in
                let items = timeline.items(on: network)
                guard !items.isEmpty else { return nil }
                return .object([
                    "name": .string(network), "label": .string(UpdateVocabulary.label(network)),
                    "milestones": .array(items.map(milestone)),
                ])
            })
        pageData[timelinePath] = timelineData
        pages.append(
            GeneratedPage(
                path: timelinePath, title: "Rollout milestones", layout: "updates/timeline", body: .trustedHTML(""),
                description: "Every milestone of the asynchronous backing rollout, its latest status and its source.",
                date: collection.lastModified.map(Self.siteDate), section: routes.sectionName,
                searchText: timeline.items.map { "\($0.name) (\($0.network)): \($0.status.rawValue)" }
                    .joined(separator: ". ")))

        for entry in collection.entries {
            guard let url = entryURLs[entry.slug] else { continue }
            var data = common(kind: "entry")
            data["entry"] = summary(entry)
            pageData[url] = data
        }

        var site = common(kind: "site")
        if let latest = collection.latest { site["latest"] = summary(latest) }
        site["hasLatest"] = .bool(collection.latest != nil)
        let open = timeline.open.prefix(settings.homeMilestones)
        site["openMilestones"] = .array(open.map(milestone))
        site["hasOpenMilestones"] = .bool(!open.isEmpty)
        let title = content.config.title
        let headLinks = [
            HeadLink(
                type: "application/atom+xml", title: "\(title) development updates (Atom)",
                href: sitePath(routes.atom())),
            HeadLink(
                type: "application/rss+xml", title: "\(title) development updates (RSS)", href: sitePath(routes.rss())),
            HeadLink(
                type: "application/feed+json", title: "\(title) development updates (JSON Feed)",
                href: sitePath(routes.jsonFeed())),
        ]
        return SiteContribution(pages: pages, pageData: pageData, siteData: site, headLinks: headLinks)
    }

    /// What every updates page and the site data share: feed links, the index, the timeline, the tags.
    func common(kind: String) -> [String: SiteValue] {
        [
            "kind": .string(kind), "feeds": feeds(tag: nil), "indexURL": url(routes.index(page: 1)),
            "timelineURL": url(routes.timeline),
            "tags": .array(
                collection.tags.map { tag, count in
                    var value = tagValue(tag).object!
                    value["count"] = .int(count)
                    return .object(value)
                }),
            "count": .int(collection.entries.count), "hasTags": .bool(!collection.tags.isEmpty),
        ]
    }

    func feeds(tag: String?) -> SiteValue {
        .object([
            "atom": url(routes.atom(tag: tag)), "rss": url(routes.rss(tag: tag)),
            "json": url(routes.jsonFeed(tag: tag)),
        ])
    }

    func tagValue(_ tag: String) -> SiteValue {
        .object([
            "name": .string(tag), "label": .string(UpdateVocabulary.label(tag)), "url": url(routes.tag(tag)),
            "isNetwork": .bool(UpdateVocabulary.networks.contains(tag)),
        ])
    }

    func summary(_ entry: UpdateEntry) -> SiteValue {
        var value: [String: SiteValue] = [
            "title": .string(entry.title), "url": .string(entryURL(entry)), "slug": .string(entry.slug),
            "date": .date(Self.siteDate(entry.date)), "authors": .string(entry.authors.joined(separator: ", ")),
            "hasAuthors": .bool(!entry.authors.isEmpty), "tags": .array(entry.tags.map(tagValue)),
            "hasTags": .bool(!entry.tags.isEmpty), "approximate": .bool(entry.approximate),
            "milestones": .array(
                entry.milestones.map { milestone in
                    var item: [String: SiteValue] = [
                        "name": .string(milestone.name), "network": .string(milestone.network),
                        "networkLabel": .string(UpdateVocabulary.label(milestone.network)),
                        "status": .string(milestone.status.rawValue),
                    ]
                    if let date = milestone.date { item["date"] = .date(Self.siteDate(date)) }
                    item["hasDate"] = .bool(milestone.date != nil)
                    return .object(item)
                }),
            "hasMilestones": .bool(!entry.milestones.isEmpty),
        ]
        if let updated = entry.updated, updated != entry.date { value["updated"] = .date(Self.siteDate(updated)) }
        value["hasUpdated"] = .bool(value["updated"] != nil)
        if let source = entry.source { value["source"] = .string(source) }
        value["hasSource"] = .bool(entry.source != nil)
        return .object(value)
    }

    func reference(_ reference: MilestoneTimeline.UpdateReference) -> SiteValue {
        let url = entryURLs[reference.slug] ?? sitePath(routes.entry(reference.slug))
        return .object([
            "title": .string(reference.title), "url": .string(content.relativeURL(url)),
            "date": .date(Self.siteDate(reference.date)),
        ])
    }

    func milestone(_ item: MilestoneTimeline.Item) -> SiteValue {
        .object([
            "name": .string(item.name), "network": .string(item.network),
            "networkLabel": .string(UpdateVocabulary.label(item.network)), "status": .string(item.status.rawValue),
            "isDone": .bool(item.status == .done), "isNext": .bool(item.status == .next),
            "isBlocked": .bool(item.status == .blocked), "date": .date(Self.siteDate(item.date)),
            "changedOn": .date(Self.siteDate(item.changedOn)), "changedIn": reference(item.changedIn),
            "lastReportedIn": reference(item.lastReportedIn),
            "hasHistory": .bool(item.history.count > 1),
            "history": .array(
                item.history.map { report in
                    .object([
                        "status": .string(report.status.rawValue), "date": .date(Self.siteDate(report.effectiveDate)),
                        "update": reference(report.update),
                    ])
                }),
        ])
    }

    func pagination(_ number: Int, of total: Int) -> SiteValue {
        var value: [String: SiteValue] = [
            "page": .int(number), "pages": .int(total), "hasPrevious": .bool(number > 1),
            "hasNext": .bool(number < total), "isPaginated": .bool(total > 1),
        ]
        if number > 1 { value["previousURL"] = url(routes.index(page: number - 1)) }
        if number < total { value["nextURL"] = url(routes.index(page: number + 1)) }
        return .object(value)
    }

    /// A template date: day-only dates stay day-only, instants print in UTC.
    static func siteDate(_ date: ContentDate) -> SiteDate {
        var value = SiteDate(epochSeconds: Int(date.secondsSinceEpoch))
        value.isDateOnly = !date.hasTime
        return value
    }
}

extension UpdateRoutes {
    /// The section's name (`updates`).
    var sectionName: String { String(section.dropLast()) }
}
