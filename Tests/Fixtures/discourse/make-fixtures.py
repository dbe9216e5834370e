#!/usr/bin/env python3
"""Writes the Discourse export fixtures used by Tests/SiteBuilderTests/Updates.

The thread, its people and its forum (forum.example.org) are invented for the tests; the shapes follow
Discourse's topic RSS (/t/<slug>/<id>.rss) and topic JSON (/t/<id>.json). Run it from this folder after
changing a post, and commit the outputs. The same "cooked" HTML goes into both formats, so an RSS import and
a JSON import of the same topic must produce the same entries.
"""
import json
from email.utils import format_datetime
from datetime import datetime, timezone

FORUM = "https://forum.example.org"
TOPIC_ID = 4242
SLUG = "async-backing-development-updates"
TITLE = "Async backing: development updates"

def emoji(name):
    return (f'<img src="https://emoji.discourse-cdn.com/twitter/{name}.png?v=12" title=":{name}:" '
            f'class="emoji" alt=":{name}:" loading="lazy" width="20" height="20">')

POSTS = [
    dict(number=1, id=51001, username="ada_relay", name="Ada Relay", created="2024-02-08T09:30:12.401Z",
         updated="2024-02-08T09:30:12.401Z", version=1, cooked=f"""<h2><a name="p-51001-test-networks-1" class="anchor" href="#p-51001-test-networks-1"></a>Test networks run at constant 6 s blocks</h2>
<p>Asynchronous backing is enabled on Rococo and Westend, and Asset Hub Rococo now produces a block every 6 seconds {emoji("rocket")}</p>
<p>Please tag problems you find with the <a href="https://github.com/example/sdk/labels/async-backing">async-backing label</a> and say which collator version you run.</p>
<p>Next steps:</p>
<ul>
<li>fix the runtime bug found on Kusama</li>
<li>open the referendum to activate on Kusama</li>
<li>then Polkadot</li>
</ul>"""),
    dict(number=2, id=51017, username="collator_carol", name="Carol Collator", created="2024-03-12T14:05:09.000Z",
         updated="2024-03-12T14:05:09.000Z", version=1, cooked=f"""<p>The Kusama runtime bug is fixed :tada: The fix is in <a href="https://github.com/example/runtimes/pull/204">runtimes#204</a> and shipped in runtime 1.2.</p>
<p>If your collator logs this, your node is older than the fix:</p>
<pre><code class="lang-text">no space left for the block in the unincluded segment
</code></pre>
<p>Parachain runtimes keep the default until phase 3:</p>
<pre><code class="lang-rust">pub const UNINCLUDED_SEGMENT_CAPACITY: u32 = 1;
pub const BLOCK_PROCESSING_VELOCITY: u32 = 1;
</code></pre>
<p>Details in the <a href="/t/async-backing-faq/4300">FAQ thread</a>.</p>"""),
    dict(number=3, id=51040, username="ada_relay", name="Ada Relay", created="2024-04-02T08:00:00.000Z",
         updated="2024-04-02T08:00:00.000Z", version=1, cooked=f"""<aside class="quote no-group" data-username="collator_carol" data-post="2" data-topic="{TOPIC_ID}">
<div class="title">
<div class="quote-controls"></div>
<img alt="" width="24" height="24" src="/user_avatar/forum.example.org/collator_carol/48/7_2.png" class="avatar"> collator_carol:</div>
<blockquote>
<p>The Kusama runtime bug is fixed</p>
</blockquote>
</aside>
<p>Thanks! The referendum to activate async backing on <strong>Kusama</strong> is up for voting. Validators, please upgrade to <em>1.8.0 or later</em> before it is enacted.</p>
<p><div class="lightbox-wrapper"><a class="lightbox" href="{FORUM}/uploads/default/original/2X/a/abc123.png" data-download-href="/uploads/default/abc123" title="backing-groups.png"><img src="{FORUM}/uploads/default/optimized/2X/a/abc123_2_690x388.png" alt="Backing groups on Kusama" data-base62-sha1="abc123" width="690" height="388"><div class="meta"><svg class="fa d-icon d-icon-far-image svg-icon" aria-hidden="true"><use href="#far-image"></use></svg><span class="filename">backing-groups.png</span><span class="informations">1380×776 88.2 KB</span><svg class="fa d-icon d-icon-discourse-expand svg-icon" aria-hidden="true"><use href="#discourse-expand"></use></svg></div></a></div></p>"""),
    dict(number=4, id=51062, username="val_victor", name="Victor Validator", created="2024-04-23T16:45:30.000Z",
         updated="2024-04-23T16:45:30.000Z", version=1, cooked=f"""<p>Async backing is <strong>enabled on Kusama</strong> {emoji("white_check_mark")}</p>
<p>What to run now:</p>
<div class="md-table">
<table>
<thead>
<tr>
<th>Node</th>
<th>Minimum version</th>
</tr>
</thead>
<tbody>
<tr>
<td>Validators</td>
<td><code>1.8.0</code></td>
</tr>
<tr>
<td>Collators</td>
<td><code>1.8.0</code> (lookahead collator)</td>
</tr>
</tbody>
</table>
</div>
<ol>
<li>Upgrade your collators.</li>
<li>Then enable 6 s blocks in your runtime.</li>
</ol>"""),
    dict(number=5, id=51077, username="ada_relay", name="Ada Relay", created="2024-05-02T10:00:00.000Z",
         updated="2024-05-03T07:15:00.000Z", version=2, cooked=f"""<p>{emoji("warning")} Heads up: the scheduling lookahead on Polkadot changes with the next parameter referendum. Expect a few slower blocks while it is enacted; liveness recovers by itself.</p>
<blockquote>
<p>Parameter changes apply at the next session boundary.</p>
</blockquote>
<p>Edit: the referendum passed :white_check_mark:</p>"""),
    dict(number=6, id=51080, username="mallory", name="Mallory", created="2024-05-04T12:00:00.000Z",
         updated="2024-05-04T12:00:00.000Z", version=1, cooked="""<p>Totally normal update<script>alert("post")</script></p>
<p><img src="x" onerror="alert(document.cookie)"> and <a href="javascript:alert(1)">a harmless link</a> and <a href="JaVaScRiPt&#58;alert(2)">another</a> and <a href="java&#x09;script:alert(3)">a third</a></p>
<iframe src="https://evil.example/frame" width="600" height="400"></iframe>
<style>body { display: none }</style>
<div onclick="steal()" style="position:fixed">Click anywhere</div>
<p><img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="data image"> <a href="vbscript:msgbox(1)">vb</a> <svg onload="alert(4)"><circle r="4"></circle></svg></p>
<p>Literal text: &lt;script&gt;alert(5)&lt;/script&gt; and [click](javascript:alert(6)) and <code>&lt;b onmouseover=x&gt;</code></p>
<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/y.swf">
<p><a href="https://example.org/ok" onmouseover="alert(7)">a safe link with a handler</a></p>"""),
    dict(number=7, id=51081, username="system", name="", created="2024-05-05T00:00:00.000Z",
         updated="2024-05-05T00:00:00.000Z", version=1, post_type=3, cooked=""),
    dict(number=8, id=51090, username="collator_carol", name="Carol Collator", created="2024-05-09T18:20:00.000Z",
         updated="2024-05-09T18:20:00.000Z", version=1, cooked=f"""<p>Polkadot has async backing enabled. Collators: upgrade to the lookahead collator, then raise <code>UNINCLUDED_SEGMENT_CAPACITY</code> to 3 in a runtime upgrade :sparkles:</p>
<aside class="onebox githubpullrequest" data-onebox-src="https://github.com/example/sdk/pull/3308">
<header class="source"><a href="https://github.com/example/sdk/pull/3308" target="_blank" rel="noopener">github.com/example/sdk</a></header>
<article class="onebox-body">
<h3><a href="https://github.com/example/sdk/pull/3308" target="_blank" rel="noopener">Collators build on the latest relay parent</a></h3>
</article>
</aside>"""),
]

# The edited version of post 5 (a later export): new text, later updated_at, version 3.
EDITED_5 = dict(POSTS[4], updated="2024-05-06T11:00:00.000Z", version=3, cooked=f"""<p>{emoji("warning")} Heads up: the scheduling lookahead on Polkadot changes with the next parameter referendum. Expect a few slower blocks while it is enacted; liveness recovers by itself.</p>
<blockquote>
<p>Parameter changes apply at the next session boundary.</p>
</blockquote>
<p>Edit: the referendum passed and was enacted on 2024-05-06 :white_check_mark:</p>""")

def iso_to_dt(text):
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)

def topic_json(posts):
    stream = [p["id"] for p in posts]
    return {
        "post_stream": {
            "posts": [{
                "id": p["id"], "name": p["name"], "username": p["username"],
                "avatar_template": f"/user_avatar/forum.example.org/{p['username']}/{{size}}/7_2.png",
                "created_at": p["created"], "cooked": p["cooked"], "post_number": p["number"],
                "post_type": p.get("post_type", 1), "updated_at": p["updated"], "reply_count": 0,
                "reply_to_post_number": None, "quote_count": 0, "incoming_link_count": 0, "reads": 40,
                "readers_count": 39, "score": 8.0, "yours": False, "topic_id": TOPIC_ID, "topic_slug": SLUG,
                "display_username": p["name"], "version": p["version"], "can_edit": False, "hidden": False,
                "user_deleted": False, "deleted_at": None, "wiki": False, "user_id": 100 + p["number"],
            } for p in posts],
            "stream": stream,
        },
        "timeline_lookup": [[1, 100]], "tags": ["async-backing"], "id": TOPIC_ID, "title": TITLE,
        "fancy_title": TITLE, "posts_count": len(posts), "created_at": posts[0]["created"], "views": 1234,
        "reply_count": len(posts) - 1, "like_count": 12, "last_posted_at": posts[-1]["created"], "visible": True,
        "closed": False, "archived": False, "archetype": "regular", "slug": SLUG, "category_id": 12,
        "word_count": 640, "deleted_at": None, "user_id": 101, "pinned": False,
    }

def topic_rss(posts, last_build):
    items = []
    for p in reversed(posts):
        if p.get("post_type", 1) != 1:
            continue
        url = f"{FORUM}/t/{SLUG}/{TOPIC_ID}/{p['number']}"
        creator = f"@{p['username']}" + (f" {p['name']}" if p["name"] else "")
        items.append(f"""      <item>
        <title>{TITLE}</title>
        <dc:creator><![CDATA[{creator}]]></dc:creator>
        <description><![CDATA[
          <p><a href="{FORUM}/u/{p['username']}">@{p['username']}</a> wrote:</p>
          <blockquote>
            {p['cooked']}
          </blockquote>
          <p><a href="{url}">Read full topic</a></p>
        ]]></description>
        <link>{url}</link>
        <pubDate>{format_datetime(iso_to_dt(p['created']))}</pubDate>
        <guid isPermaLink="false">forum.example.org-post-{TOPIC_ID}-{p['number']}</guid>
        <source url="{FORUM}/t/{SLUG}/{TOPIC_ID}.rss">{TITLE}</source>
      </item>""")
    return f"""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>{TITLE}</title>
    <link>{FORUM}/t/{SLUG}/{TOPIC_ID}</link>
    <description>Dated updates on the async backing rollout. Ask questions in the FAQ thread.</description>
    <language>en</language>
    <lastBuildDate>{format_datetime(last_build)}</lastBuildDate>
    <category>Tech Talk</category>
    <atom:link href="{FORUM}/t/{SLUG}/{TOPIC_ID}.rss" rel="self" type="application/rss+xml" />
""" + "\n".join(items) + """
  </channel>
</rss>
"""

def write(name, text):
    with open(name, "w", encoding="utf-8") as f:
        f.write(text)

edited = POSTS[:4] + [EDITED_5] + POSTS[5:]
full_json = json.dumps(topic_json(POSTS), indent=2, ensure_ascii=False) + "\n"
write("topic.json", full_json)
write("topic-edited.json", json.dumps(topic_json(edited), indent=2, ensure_ascii=False) + "\n")
full_rss = topic_rss(POSTS, datetime(2024, 5, 9, 18, 20, tzinfo=timezone.utc))
write("topic.rss", full_rss)
write("topic-edited.rss", topic_rss(edited, datetime(2024, 5, 10, 9, 0, tzinfo=timezone.utc)))
# Truncated exports: cut in the middle of the fourth post.
write("topic-truncated.json", full_json[: full_json.index('"post_number": 4') + 10])
write("topic-truncated.rss", full_rss[: full_rss.index("Victor Validator") + 40])
# A post without its HTML.
broken = topic_json(POSTS)
del broken["post_stream"]["posts"][2]["cooked"]
write("topic-missing-cooked.json", json.dumps(broken, indent=2, ensure_ascii=False) + "\n")
