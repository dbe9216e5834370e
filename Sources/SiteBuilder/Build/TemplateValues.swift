import Foundation
import Mustache

/// Conversions from the site's values to what Mustache templates read.
enum TemplateValues {
    static func value(_ value: SiteValue) -> Any {
        switch value {
        case .null: return NSNull()
        case .bool(let b): return b
        case .int(let i): return i
        case .double(let d): return d
        case .string(let s): return s
        case .date(let d): return DateValue(d)
        case .array(let a): return a.map(Self.value)
        case .object(let o): return ContextBox(object(o))
        }
    }

    static func object(_ values: [String: SiteValue]) -> [String: Any] {
        var out: [String: Any] = [:]
        out.reserveCapacity(values.count)
        for (key, v) in values { out[key] = value(v) }
        return out
    }
}

/// A date in templates: `{{date}}` prints `YYYY-MM-DD` (or RFC 3339 when it has a time); `{{date.iso}}`,
/// `{{date.day}}` and `{{date.readable}}` ("23 April 2024") pick a form.
struct DateValue: MustacheParent, CustomStringConvertible {
    let date: SiteDate

    init(_ date: SiteDate) {
        self.date = date
    }

    func child(named name: String) -> Any? {
        switch name {
        case "iso": return TemplateText(date.iso8601)
        case "day": return TemplateText(date.day8601)
        case "readable": return TemplateText(date.readable)
        case "year": return date.year
        default: return nil
        }
    }

    var description: String { date.description }
}

/// A string a template prints (a title, a URL, rendered HTML), as swift-mustache renders it fastest.
///
/// A plain `String` reaches the library's last fallback: after failing casts to `MustacheCustomRenderable` and
/// `AnyOptional` it is printed through `String(describing:)`; this value is a `MustacheCustomRenderable` and is
/// taken at the first cast (about 15% less per `{{value}}`). It behaves as the string everywhere else: it is
/// escaped the same way, a section over it is entered (and `{{.}}` prints it), names looked up in it find nothing
/// (as in a `String`), and the string transforms (`uppercased`, `empty`, …) apply. Only strings that are text to
/// show are wrapped: a value a theme might name a partial with (`{{>*page.kind}}` wants a `String`) stays a
/// `String`.
struct TemplateText: MustacheParent, MustacheCustomRenderable, MustacheTransformable, CustomStringConvertible,
    Sendable
{
    let text: String

    init(_ text: String) {
        self.text = text
    }

    var renderText: String { text }

    var isNull: Bool { false }

    func child(named name: String) -> Any? { nil }

    func transform(_ name: String) -> Any? { text.transform(name) }

    var description: String { text }
}

/// A template context object.
///
/// A struct, not a class: swift-mustache casts every object it looks a name up in to two protocols, and a cast of
/// a class instance that fails (`MustacheCustomRepresentation`, every time) also checks whether the instance is a
/// boxed Swift value, which made it about 1.7 times as slow as the same cast of a struct.
struct ContextBox: MustacheParent, CustomStringConvertible, @unchecked Sendable {
    let values: [String: Any]

    init(_ values: [String: Any]) {
        self.values = values
    }

    func child(named name: String) -> Any? {
        values[name]
    }

    /// What `{{object}}` printed when this was a class, kept so themes' output does not change.
    var description: String { "SiteBuilder.ContextBox" }
}

/// A small record (a tag, a menu item, a head link) that templates used to get as a plain dictionary, boxed so it
/// can be built once and shared by every page that shows it. It keeps the dictionary's transforms (`count`,
/// `empty`, `enumerated`, `sorted`) and printed form, so themes see no difference.
struct RecordBox: MustacheParent, MustacheTransformable, CustomStringConvertible, @unchecked Sendable {
    let values: [String: Any]

    init(_ values: [String: Any]) {
        self.values = values
    }

    func child(named name: String) -> Any? {
        values[name]
    }

    func transform(_ name: String) -> Any? {
        values.transform(name)
    }

    var description: String { values.description }
}

/// Read-only values shared by concurrent renders (built once before rendering, never mutated after).
///
/// Everything here is the same for every page that shows it, so it is made once and handed to each page's context
/// as the same boxes: pages render faster when their context holds fewer freshly built dictionaries.
final class SharedContext: @unchecked Sendable {
    /// One menu entry in both of its states, so a page's menu only picks boxes.
    struct MenuEntry {
        /// The site path or URL the item points at, as written in `site.toml`.
        let target: String
        let inactive: RecordBox
        let active: RecordBox
    }

    let site: [String: Any]
    /// List entries by page URL.
    let entries: [String: ContextBox]
    /// Tag name → URL of its page.
    let tagURLs: [String: String]
    /// Tag name → its `{name, url}` entry, as pages and list entries show it.
    let tags: [String: RecordBox]
    /// The menu in display order (weight, then name).
    let menu: [MenuEntry]
    /// Section name → its title and its index URL, for the sections that have pages.
    let sections: [String: (title: String, url: String)]

    let siteBox: ContextBox

    init(
        site: [String: Any], entries: [String: [String: Any]], tagURLs: [String: String], tags: [String: RecordBox],
        menu: [MenuEntry], sections: [String: (title: String, url: String)]
    ) {
        self.site = site
        self.siteBox = ContextBox(site)
        self.entries = entries.mapValues(ContextBox.init)
        self.tagURLs = tagURLs
        self.tags = tags
        self.menu = menu
        self.sections = sections
    }
}
