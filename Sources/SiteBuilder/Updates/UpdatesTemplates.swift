/// The updates section's Mustache templates. A theme overrides any of them with a file of the same name
/// (`site/templates/updates/timeline.mustache`). They use the theme's `baseof` layout and `prev-next` partial.
///
/// Data: `data.updates` on every updates page (`kind`, `feeds`, `tags`, `indexURL`, `timelineURL`, and per
/// kind `entries` + `pagination`, `tag` + `tagFeeds`, `milestones`, or `entry`); `site.data.updates` everywhere
/// (`latest`, `openMilestones`, `feeds`). Presence flags (`hasDate`, `hasUpdated`…) guard optional values,
/// because a missing Mustache key would otherwise be looked up in the enclosing context.
enum UpdatesTemplates {
    static let all: [String: String] = [
        "updates/list": list, "updates/tag": tag, "updates/single": single, "updates/timeline": timeline,
        "updates/summary": summary, "updates/subscribe": subscribe, "updates/milestone-list": milestoneList,
        "updates/home-panel": homePanel,
    ]

    static let subscribe = """
        <p class="subscribe">Follow the rollout: \
        <a href="{{feeds.atom}}" type="application/atom+xml">Atom</a> · \
        <a href="{{feeds.rss}}" type="application/rss+xml">RSS</a> · \
        <a href="{{feeds.json}}" type="application/feed+json">JSON Feed</a> · \
        <a href="{{timelineURL}}">Milestones timeline</a></p>

        """

    static let milestoneList = """
        {{#hasMilestones}}<ul class="milestones">
        {{#milestones}}<li class="milestone status-{{status}}"><span class="status">{{status}}</span> {{name}} \
        <span class="network">({{networkLabel}})</span>{{#hasDate}} <time datetime="{{date.iso}}">{{date.day}}</time>{{/hasDate}}</li>
        {{/milestones}}</ul>{{/hasMilestones}}

        """

    static let summary = """
        <li class="update-summary">
        <h2><a href="{{url}}">{{title}}</a></h2>
        <p class="meta"><time datetime="{{date.iso}}">{{date.readable}}</time>{{#approximate}} (date not confirmed){{/approximate}}\
        {{#hasUpdated}} · updated <time datetime="{{updated.iso}}">{{updated.readable}}</time>{{/hasUpdated}}\
        {{#hasAuthors}} · {{authors}}{{/hasAuthors}}</p>
        {{#hasTags}}<ul class="tags" aria-label="Tags">{{#tags}}<li><a href="{{url}}">{{label}}</a></li>{{/tags}}</ul>{{/hasTags}}
        {{>updates/milestone-list}}
        </li>

        """

    static let list = """
        {{<baseof}}
        {{$main}}
        <main class="content updates">
        <header class="page-header">
        <h1{{#page.titleID}} id="{{page.titleID}}"{{/page.titleID}}>{{page.title}}</h1>
        {{#page.description}}<p class="lead">{{page.description}}</p>{{/page.description}}
        {{#data.updates}}{{>updates/subscribe}}{{/data.updates}}
        </header>
        {{#page.content}}<div class="body">{{{page.content}}}</div>{{/page.content}}
        {{#data.updates}}
        {{#hasTags}}<nav class="update-tags" aria-label="Updates by tag"><ul class="tags">{{#tags}}<li><a href="{{url}}">{{label}}</a> ({{count}})</li>{{/tags}}</ul></nav>{{/hasTags}}
        {{#hasEntries}}<ol class="updates-list">
        {{#entries}}{{>updates/summary}}{{/entries}}
        </ol>{{/hasEntries}}
        {{^hasEntries}}<p>No updates yet.</p>{{/hasEntries}}
        {{#pagination}}{{#isPaginated}}<nav class="pagination" aria-label="Pages">\
        {{#hasPrevious}}<a rel="prev" href="{{previousURL}}">Newer updates</a> {{/hasPrevious}}\
        <span>Page {{page}} of {{pages}}</span>\
        {{#hasNext}} <a rel="next" href="{{nextURL}}">Older updates</a>{{/hasNext}}</nav>{{/isPaginated}}{{/pagination}}
        {{/data.updates}}
        </main>
        {{/main}}
        {{/baseof}}

        """

    static let tag = """
        {{<baseof}}
        {{$main}}
        <main class="content updates">
        {{#data.updates}}
        <header class="page-header">
        <p class="crumbs"><a href="{{indexURL}}">Development updates</a></p>
        <h1{{#page.titleID}} id="{{page.titleID}}"{{/page.titleID}}>{{page.title}}</h1>
        {{#tagFeeds}}<p class="subscribe">Follow {{tag.label}}: \
        <a href="{{atom}}" type="application/atom+xml">Atom</a> · \
        <a href="{{rss}}" type="application/rss+xml">RSS</a> · \
        <a href="{{json}}" type="application/feed+json">JSON Feed</a></p>{{/tagFeeds}}
        </header>
        {{#hasMilestones}}<section class="tag-milestones"><h2>Milestones on {{tag.label}}</h2>
        <ul class="milestones">{{#milestones}}<li class="milestone status-{{status}}"><span class="status">{{status}}</span> \
        {{name}} since <time datetime="{{changedOn.iso}}">{{changedOn.day}}</time> \
        (<a href="{{changedIn.url}}">{{changedIn.title}}</a>)</li>
        {{/milestones}}</ul></section>{{/hasMilestones}}
        <ol class="updates-list">
        {{#entries}}{{>updates/summary}}{{/entries}}
        </ol>
        {{/data.updates}}
        </main>
        {{/main}}
        {{/baseof}}

        """

    static let single = """
        {{<baseof}}
        {{$main}}
        <main class="content updates{{#page.hasToc}} with-toc{{/page.hasToc}}">
        <article class="update">
        <header class="page-header">
        <p class="crumbs"><a href="{{data.updates.indexURL}}">Development updates</a></p>
        <h1{{#page.titleID}} id="{{page.titleID}}"{{/page.titleID}}>{{page.title}}</h1>
        {{#data.updates.entry}}
        <p class="meta"><time datetime="{{date.iso}}">{{date.readable}}</time>{{#approximate}} (date not confirmed){{/approximate}}\
        {{#hasUpdated}} · updated <time datetime="{{updated.iso}}">{{updated.readable}}</time>{{/hasUpdated}}\
        {{#hasAuthors}} · {{authors}}{{/hasAuthors}}</p>
        {{#hasTags}}<ul class="tags" aria-label="Tags">{{#tags}}<li><a href="{{url}}">{{label}}</a></li>{{/tags}}</ul>{{/hasTags}}
        {{>updates/milestone-list}}
        {{/data.updates.entry}}
        </header>
        {{#page.hasToc}}
        <nav class="toc" aria-label="On this page">
        <details open>
        <summary>On this page</summary>
        {{{page.toc}}}
        </details>
        </nav>
        {{/page.hasToc}}
        <div class="body">
        {{{page.content}}}
        </div>
        {{#data.updates.entry}}{{#hasSource}}<p class="source">First published at \
        <a href="{{source}}" rel="external nofollow">{{source}}</a></p>{{/hasSource}}{{/data.updates.entry}}
        {{>partials/prev-next}}
        {{#data.updates}}{{>updates/subscribe}}{{/data.updates}}
        </article>
        </main>
        {{/main}}
        {{/baseof}}

        """

    static let timeline = """
        {{<baseof}}
        {{$main}}
        <main class="content updates timeline">
        {{#data.updates}}
        <header class="page-header">
        <p class="crumbs"><a href="{{indexURL}}">Development updates</a></p>
        <h1{{#page.titleID}} id="{{page.titleID}}"{{/page.titleID}}>{{page.title}}</h1>
        {{#page.description}}<p class="lead">{{page.description}}</p>{{/page.description}}
        {{>updates/subscribe}}
        </header>
        {{#hasMilestones}}
        <table class="milestone-timeline">
        <thead><tr><th>Date</th><th>Network</th><th>Milestone</th><th>Status</th><th>Status since</th><th>Reported in</th></tr></thead>
        <tbody>
        {{#milestones}}<tr class="status-{{status}}">
        <td><time datetime="{{date.iso}}">{{date.day}}</time></td>
        <td>{{networkLabel}}</td>
        <td>{{name}}</td>
        <td><span class="status">{{status}}</span></td>
        <td><time datetime="{{changedOn.iso}}">{{changedOn.day}}</time></td>
        <td><a href="{{changedIn.url}}">{{changedIn.title}}</a>\
        {{#hasHistory}} <details><summary>History</summary><ol>{{#history}}<li><time datetime="{{date.iso}}">{{date.day}}</time> \
        {{status}}: <a href="{{update.url}}">{{update.title}}</a></li>{{/history}}</ol></details>{{/hasHistory}}</td>
        </tr>
        {{/milestones}}
        </tbody>
        </table>
        {{/hasMilestones}}
        {{^hasMilestones}}<p>No milestones reported yet.</p>{{/hasMilestones}}
        {{/data.updates}}
        </main>
        {{/main}}
        {{/baseof}}

        """

    /// For the home page: `{{>updates/home-panel}}` shows the latest update and the next open milestones.
    static let homePanel = """
        {{#site.data.updates}}
        <section class="section-card updates-panel">
        <h2><a href="{{indexURL}}">Development updates</a></h2>
        {{#latest}}<p class="latest">Latest: <a href="{{url}}">{{title}}</a> \
        <time datetime="{{date.iso}}">{{date.readable}}</time></p>{{/latest}}
        {{#hasOpenMilestones}}<h3>Next milestones</h3>
        <ul class="milestones">{{#openMilestones}}<li class="milestone status-{{status}}"><span class="status">{{status}}</span> \
        {{name}} ({{networkLabel}}) <time datetime="{{date.iso}}">{{date.day}}</time></li>
        {{/openMilestones}}</ul>{{/hasOpenMilestones}}
        <p class="more"><a href="{{timelineURL}}">Milestones timeline</a> · <a href="{{feeds.atom}}">Atom feed</a></p>
        </section>
        {{/site.data.updates}}

        """
}
