import Mustache

/// The pages' Mustache templates, compiled into the binary (nothing is read from disk or
/// fetched at run time). `{{value}}` is escaped; only markup the server built itself with
/// ``Markup/escape(_:)`` (the SVG charts, a highlighted document) goes through `{{{value}}}`.
enum PageTemplates {
    static let layout = """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}} · Entente</title>
        <link rel="stylesheet" href="/assets/app.css">
        <script src="/assets/app.js" defer></script>
        </head>
        <body>
        <a class="skip" href="#main">Skip to content</a>
        <header class="top">
        <nav aria-label="Main">
        <a href="/" class="brand">Entente</a>
        <a href="/">Network</a>
        <a href="/events">Events</a>
        <a href="/code">Code a text</a>
        </nav>
        <form action="/actors" method="get" role="search" class="search">
        <label for="actor-search">Actor</label>
        <input id="actor-search" name="q" placeholder="Niger or NER" maxlength="60">
        <button type="submit">Find</button>
        </form>
        </header>
        <main id="main">
        {{$content}}{{/content}}
        </main>
        <footer>Events coded in CAMEO with PLOVER alongside; every event traces to its sentence. <a href="/api/openapi.json">API</a></footer>
        </body>
        </html>
        """

    static let asOfForm = """
        <form method="get" action="{{action}}" class="as-of">
        <label for="as-of-date">As of</label>
        {{#slider}}<input type="range" id="as-of-slider" min="0" max="{{span}}" value="{{offset}}" data-first="{{first}}" aria-label="As of (slider)">{{/slider}}
        <input type="date" id="as-of-date" name="as_of" value="{{asOf}}"{{#first}} min="{{first}}"{{/first}}{{#last}} max="{{last}}"{{/last}}>
        {{#window}}<label for="window">window (days)</label><input type="number" id="window" name="window" min="1" max="36500" value="{{window}}">{{/window}}
        <button type="submit">Show</button>
        </form>
        """

    static let network = """
        {{<layout}}{{$content}}
        <h1>Who is allied with whom, who is at odds</h1>
        {{>asOfForm}}
        <figure class="chart">{{{svg}}}
        <figcaption>Node size: events the actor takes part in. Edge colour: <span class="key conflict">conflict</span> to <span class="key cooperation">cooperation</span>; dashed: diplomatic relations broken. Select an actor for its timeline.</figcaption>
        </figure>
        <h2>Relationship states{{#asOf}} as of {{asOf}}{{/asOf}}</h2>
        {{^relations}}<p class="empty">No relationship state recorded.</p>{{/relations}}
        {{#hasRelations}}<table class="states"><thead><tr><th>Pair</th><th>Kind</th><th>State</th><th>Since</th></tr></thead><tbody>
        {{#relations}}<tr data-pair="{{a}}-{{b}}" data-state="{{state}}"><td><a href="/dyads/{{a}}/{{b}}{{#asOf}}?as_of={{asOf}}{{/asOf}}">{{a}}–{{b}}</a></td><td>{{kind}}</td><td class="state {{state}}">{{state}}{{#through}} (through {{through}}){{/through}}</td><td>{{since}}</td></tr>
        {{/relations}}</tbody></table>{{/hasRelations}}
        {{/content}}{{/layout}}
        """

    static let eventRows = """
        <table class="events"><thead><tr><th>Date</th><th>Source</th><th>Event</th><th>Target</th><th>Mode</th><th>Told</th><th>Sentence</th></tr></thead><tbody>
        {{#events}}<tr data-cameo="{{cameo}}"><td>{{date}}</td><td><a href="/actors/{{sourceSide}}">{{source}}</a></td><td><abbr title="{{name}}">{{cameo}}</abbr> {{name}}</td><td><a href="/actors/{{targetSide}}">{{target}}</a></td><td>{{mode}}</td><td>{{mentions}}×, {{sources}} source(s)</td>
        <td><q>{{sentence}}</q> <a href="/documents/{{document}}">document {{document}}</a>{{#explain}} · <a href="{{explain}}">why</a>{{/explain}}</td></tr>
        {{/events}}</tbody></table>
        {{^events}}<p class="empty">No events.</p>{{/events}}
        {{#next}}<p><a href="{{next}}" rel="next">Next page</a></p>{{/next}}
        """

    static let dyad = """
        {{<layout}}{{$content}}
        <h1>{{a}}–{{b}}{{#nameA}} <small>{{nameA}} and {{nameB}}</small>{{/nameA}}</h1>
        {{>asOfForm}}
        <figure class="chart">{{{svg}}}</figure>
        <h2>States and the sentences behind them</h2>
        {{^facts}}<p class="empty">No relationship state recorded between them.</p>{{/facts}}
        <ul class="facts">{{#facts}}<li data-kind="{{kind}}" data-state="{{state}}"><strong>{{kind}} {{state}}</strong> since {{since}}{{#until}} until {{until}}{{/until}}{{#through}} (both members of {{through}}){{/through}}
        <ul>{{#evidence}}<li><q>{{text}}</q> ({{cameo}} {{mode}}, {{date}}; {{doc}} sentence {{sentence}})</li>{{/evidence}}</ul></li>{{/facts}}</ul>
        <h2>Events between them</h2>
        {{>eventRows}}
        {{/content}}{{/layout}}
        """

    static let actor = """
        {{<layout}}{{$content}}
        <h1>{{code}}{{#name}} <small>{{name}}</small>{{/name}}</h1>
        <p>What {{code}} did and what was done to it, in order.</p>
        {{>eventRows}}
        {{/content}}{{/layout}}
        """

    static let actors = """
        {{<layout}}{{$content}}
        <h1>Actors matching “{{query}}”</h1>
        {{^actors}}<p class="empty">No actor found.</p>{{/actors}}
        <ul class="actors">{{#actors}}<li><a href="/actors/{{code}}">{{code}}</a> {{name}} ({{events}} event(s))</li>{{/actors}}</ul>
        {{/content}}{{/layout}}
        """

    static let events = """
        {{<layout}}{{$content}}
        <h1>Events</h1>
        <form method="get" action="/events" class="filters">
        <label>Actor <input name="actor" value="{{filter.actor}}" maxlength="24" placeholder="NER"></label>
        <label>Dyad <input name="dyad" value="{{filter.dyad}}" maxlength="50" placeholder="NER,UKR"></label>
        <label>Root <input name="root" value="{{filter.root}}" maxlength="2" placeholder="16"></label>
        <label>CAMEO <input name="cameo" value="{{filter.cameo}}" maxlength="4" placeholder="161"></label>
        <label>From <input type="date" name="from" value="{{filter.from}}"></label>
        <label>To <input type="date" name="to" value="{{filter.to}}"></label>
        <label>Words <input name="text" value="{{filter.text}}" maxlength="200"></label>
        <label>Mode <select name="mode"><option value="">any</option>{{#modes}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{value}}</option>{{/modes}}</select></label>
        <button type="submit">Filter</button>
        </form>
        {{>eventRows}}
        {{/content}}{{/layout}}
        """

    static let document = """
        {{<layout}}{{$content}}
        <h1>{{title}}</h1>
        <p class="meta">{{#outlet}}{{outlet}} · {{/outlet}}{{#date}}{{date}} · {{/date}}{{#url}}<a href="{{url}}" rel="nofollow noopener">{{url}}</a> · {{/url}}document {{id}}</p>
        <p class="key"><mark class="actor">actor</mark> <mark class="trigger">event trigger</mark></p>
        <article class="text">{{{html}}}</article>
        <h2>Events it tells</h2>
        <table class="events"><thead><tr><th>Sentence</th><th>Source</th><th>Event</th><th>Target</th><th>Mode</th><th>Date</th><th>Rule</th></tr></thead><tbody>
        {{#mentions}}<tr><td>{{sentence}}</td><td>{{source}} <small>{{sourceText}}</small></td><td>{{cameo}} {{name}} <small>“{{trigger}}”</small></td><td>{{target}} <small>{{targetText}}</small></td><td>{{mode}}</td><td>{{date}}</td><td><code>{{pattern}}</code> <a href="{{explain}}">explain</a></td></tr>
        {{/mentions}}</tbody></table>
        {{/content}}{{/layout}}
        """

    static let explain = """
        {{<layout}}{{$content}}
        <h1>Why the coder coded this</h1>
        <p>The sentence is explained alone, without the sentences before it, so a pronoun or “the country” may not resolve as it did in its document.</p>
        {{#sentences}}<section class="explain"><h2><q>{{text}}</q></h2>
        <p class="tokens">{{#tokens}}<span><b>{{word}}</b><small>{{tag}}</small></span> {{/tokens}}</p>
        {{#skip}}<p>Skipped by the event coder: {{skip}}</p>{{/skip}}
        {{#triggers}}<h3>Trigger “{{trigger}}” ({{lookup}})</h3><ul>{{#tried}}<li>{{result}}: <code>{{pattern}}</code></li>{{/tried}}</ul>
        {{#chose}}<p>Chose <code>{{chose}}</code></p>{{/chose}}
        <ul>{{#kept}}<li>event: {{.}}</li>{{/kept}}{{#dropped}}<li>dropped: {{.}}</li>{{/dropped}}</ul>{{/triggers}}
        </section>{{/sentences}}
        {{/content}}{{/layout}}
        """

    static let code = """
        {{<layout}}{{$content}}
        <h1>Code a text</h1>
        <p>Paste a paragraph. It is coded as it would be stored, and nothing is stored.</p>
        <form method="post" action="/code" class="code">
        <label for="code-text">Text</label>
        <textarea id="code-text" name="text" rows="8" maxlength="20000" required>{{text}}</textarea>
        <label for="code-date">Publication date</label> <input type="date" id="code-date" name="date" value="{{date}}">
        <button type="submit">Code</button>
        </form>
        {{#coded}}<h2>{{count}} event(s)</h2>
        <table class="events"><thead><tr><th>Sentence</th><th>Source</th><th>Event</th><th>Target</th><th>Mode</th><th>Date</th><th>Rule</th></tr></thead><tbody>
        {{#mentions}}<tr><td>{{sentence}}</td><td>{{source}} <small>{{sourceText}}</small></td><td>{{cameo}} {{name}} <small>“{{trigger}}”</small></td><td>{{target}} <small>{{targetText}}</small></td><td>{{mode}}</td><td>{{date}}</td><td><code>{{pattern}}</code></td></tr>
        {{/mentions}}</tbody></table>{{/coded}}
        {{/content}}{{/layout}}
        """

    static let error = """
        {{<layout}}{{$content}}
        <h1>{{status}}</h1>
        <p>{{message}}</p>
        {{/content}}{{/layout}}
        """

    /// The templates, compiled once. They are constants of this file: a test renders every
    /// page, so one that does not parse fails there, not here.
    static let compiled: MustacheLibrary = (try? library()) ?? MustacheLibrary()

    /// Every template, by name.
    static func library() throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in [("layout", layout), ("asOfForm", asOfForm), ("eventRows", eventRows), ("network", network), ("dyad", dyad),
                             ("actor", actor), ("actors", actors), ("events", events), ("document", document), ("explain", explain),
                             ("code", code), ("error", error)] {
            try library.register(text, named: name)
        }
        return library
    }
}
