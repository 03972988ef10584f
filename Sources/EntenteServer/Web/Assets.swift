/// The stylesheet and script the pages use, served from the binary at `/assets/…`: no CDN,
/// nothing fetched at run time, and no inline script or style anywhere (the CSP forbids it).
enum Assets {
    static let stylesheet = """
        :root { --ink: #1b1f23; --muted: #5b6570; --line: #d7dce1; --accent: #2e5c8a; --bg: #fbfbfa; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
        a { color: var(--accent); }
        a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible { outline: 3px solid #f0b429; outline-offset: 2px; }
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 8px; top: 8px; background: #fff; padding: 4px 8px; z-index: 10; }
        header.top { display: flex; flex-wrap: wrap; gap: 8px 24px; align-items: center; justify-content: space-between; padding: 10px 20px; background: #fff; border-bottom: 1px solid var(--line); }
        header nav { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: baseline; }
        .brand { font-weight: 700; font-size: 1.15rem; text-decoration: none; color: var(--ink); }
        .search { display: flex; gap: 6px; align-items: center; }
        main { max-width: 1240px; margin: 0 auto; padding: 16px 20px 40px; }
        h1 { font-size: 1.6rem; margin: 8px 0 12px; }
        h1 small { font-weight: 400; color: var(--muted); font-size: 1rem; }
        footer { max-width: 1240px; margin: 0 auto; padding: 16px 20px; color: var(--muted); font-size: .875rem; }
        form.as-of, form.filters, form.code { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin: 8px 0 16px; }
        form.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
        form.code { flex-direction: column; align-items: stretch; max-width: 760px; }
        input, select, textarea, button { font: inherit; padding: 4px 8px; border: 1px solid var(--line); border-radius: 4px; background: #fff; }
        button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
        #as-of-slider { flex: 1 1 240px; min-width: 160px; }
        figure.chart { margin: 0 0 16px; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
        figure.chart svg { width: 100%; height: auto; display: block; }
        figcaption { color: var(--muted); font-size: .875rem; padding: 4px 8px; }
        .key.conflict { color: #c0392b; } .key.cooperation { color: #1e8449; }
        svg .node circle { fill: #2e5c8a; stroke: #fff; stroke-width: 2; }
        svg .node text { font-size: 12px; fill: var(--ink); }
        svg .node:focus circle, svg .node:hover circle { fill: #f0b429; }
        svg .heading { font-size: 13px; font-weight: 600; fill: var(--ink); }
        svg .band-label { font-size: 12px; fill: #fff; }
        svg .axis { stroke: #9aa5b1; stroke-width: 1; }
        svg .as-of { stroke: #1b1f23; stroke-dasharray: 3 3; }
        svg .tick, svg .legend { font-size: 11px; fill: var(--muted); }
        svg .empty { font-size: 14px; fill: var(--muted); }
        table { border-collapse: collapse; width: 100%; background: #fff; font-size: .925rem; }
        th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
        td.state.broken, td.state.expelled { color: #c0392b; font-weight: 600; }
        td.state.allied, td.state.member { color: #2e5c8a; font-weight: 600; }
        q { color: #333; }
        .empty { color: var(--muted); }
        article.text { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; white-space: pre-wrap; max-width: 80ch; }
        mark.actor { background: #d6e4f0; } mark.trigger { background: #f9d9a8; } mark.actor.trigger { background: #e8c9e8; }
        .tokens span { display: inline-flex; flex-direction: column; margin: 0 4px 6px 0; }
        .tokens small { color: var(--muted); }
        ul.facts > li { margin-bottom: 8px; }
        @media (max-width: 640px) {
          main { padding: 12px; }
          table.events thead { display: none; }
          table.events tr { display: block; border-bottom: 1px solid var(--line); padding: 6px 0; }
          table.events td { display: block; border: 0; padding: 2px 8px; }
          h1 { font-size: 1.3rem; }
        }
        """

    /// The network page's date slider: moving it sets the date, letting go shows that date.
    /// Without script the date field and its button do the same.
    static let script = """
        "use strict";
        document.addEventListener("DOMContentLoaded", function () {
          var slider = document.getElementById("as-of-slider");
          var date = document.getElementById("as-of-date");
          if (!slider || !date) { return; }
          var first = Date.parse(slider.dataset.first + "T00:00:00Z");
          function day(offset) { return new Date(first + offset * 86400000).toISOString().slice(0, 10); }
          slider.addEventListener("input", function () { date.value = day(Number(slider.value)); });
          slider.addEventListener("change", function () { date.value = day(Number(slider.value)); date.form.submit(); });
        });
        """
}
