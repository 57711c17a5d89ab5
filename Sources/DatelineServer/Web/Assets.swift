import Hummingbird

/// The page's stylesheet and script, compiled into the binary.
///
/// Served by exact name from this table: a request path never reaches the file system, so no
/// `..` or encoded variant can leave the folder.
enum Assets {
  struct File {
    var contentType: String
    var body: String
  }

  static let files: [String: File] = [
    "dateline.css": File(contentType: "text/css; charset=utf-8", body: css),
    "dateline.js": File(contentType: "text/javascript; charset=utf-8", body: script),
  ]

  static func response(_ name: String) throws -> Response {
    guard let file = files[name] else { throw Problem(.notFound, "no such file", code: "not-found") }
    return Response(
      status: .ok, headers: [.contentType: file.contentType, .cacheControl: "public, max-age=3600"],
      body: .init(byteBuffer: ByteBuffer(string: file.body)))
  }

  // Text #1b1b1b on every highlight colour has a contrast of 12:1 or more; links #0b4f9c on
  // white 8:1; focus outlines are 3px.
  static let css = """
    :root { --ink: #1b1b1b; --muted: #4a4a4a; --line: #d0d0d0; --link: #0b4f9c; --paper: #ffffff; --band: #f3f1ec; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: var(--paper); font: 17px/1.55 Georgia, "Times New Roman", serif; }
    a { color: var(--link); }
    a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, main:focus-visible {
      outline: 3px solid #c75b00; outline-offset: 2px; }
    .skip { position: absolute; left: -999px; top: 0; background: #fff; padding: .5em; }
    .skip:focus { left: .5em; z-index: 10; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    .masthead { display: flex; flex-wrap: wrap; gap: .5em 1.5em; align-items: center; padding: .6em 1.2em;
      background: var(--band); border-bottom: 1px solid var(--line); font-family: system-ui, sans-serif; font-size: 15px; }
    .brand { margin: 0; font-weight: 700; font-size: 20px; }
    .brand a { color: var(--ink); text-decoration: none; }
    nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 1em; margin: 0; padding: 0; }
    nav a[aria-current="page"] { font-weight: 700; color: var(--ink); }
    .searchbox { margin-left: auto; display: flex; gap: .4em; align-items: center; }
    input, select, textarea, button { font: inherit; color: var(--ink); }
    input, select, textarea { border: 1px solid #767676; border-radius: 3px; padding: .3em .4em; background: #fff; }
    button { border: 1px solid #0b4f9c; background: #0b4f9c; color: #fff; border-radius: 3px; padding: .3em .8em; cursor: pointer; }
    main { max-width: 72rem; margin: 0 auto; padding: 1em 1.2em 3em; }
    footer { border-top: 1px solid var(--line); color: var(--muted); font: 14px system-ui, sans-serif; padding: .5em 1.2em; }
    h1, h2, h3 { font-family: system-ui, sans-serif; line-height: 1.25; }
    .feed { list-style: none; padding: 0; margin: 0; }
    .feed li { border-bottom: 1px solid var(--line); padding: .8em 0; }
    .feed h2 { font-size: 20px; margin: 0 0 .2em; }
    .meta { color: var(--muted); font: 14px/1.4 system-ui, sans-serif; margin: 0; }
    .meta span + span::before { content: " · "; }
    .actors { font: 14px system-ui, sans-serif; margin: .3em 0 0; }
    .story { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 2em; }
    @media (max-width: 50rem) { .story { grid-template-columns: 1fr; } }
    .story-text .headline { font-size: 28px; margin: .2em 0 .4em; }
    .standfirst { font-style: italic; }
    .byline { display: flex; flex-wrap: wrap; gap: .3em 1.2em; font: 14px system-ui, sans-serif; color: var(--muted); margin: 0 0 1em; }
    .byline div { display: flex; gap: .3em; } .byline dt { font-weight: 700; } .byline dd { margin: 0; }
    mark.hl { color: var(--ink); border-radius: 2px; padding: 0 1px; border-bottom: 2px solid transparent; }
    mark.hl.off { background: none; border-bottom-color: transparent; }
    .p0 { background: #ffe08a; } .p1 { background: #cfe8ff; } .p2 { background: #d9f2d0; } .p3 { background: #ffd3cc; }
    .p4 { background: #e6dcff; } .p5 { background: #c9f0ef; } .p6 { background: #f7d9ee; } .p7 { background: #e8e3c9; }
    .u0 { border-bottom-color: #8a6a00; } .u1 { border-bottom-color: #1f5f99; } .u2 { border-bottom-color: #2e7a1e; }
    .u3 { border-bottom-color: #a3341f; } .u4 { border-bottom-color: #5b3fa8; } .u5 { border-bottom-color: #16706c; }
    .u6 { border-bottom-color: #9c2f78; } .u7 { border-bottom-color: #6b6236; }
    .swatch { display: inline-block; width: .9em; height: .9em; border: 1px solid #767676; margin-right: .35em; vertical-align: -.1em; }
    .spans { font: 15px/1.45 system-ui, sans-serif; }
    .spans h3 { font-size: 16px; margin: 1.2em 0 .3em; }
    .spans ol { margin: 0; padding-left: 1.4em; }
    .spans li { margin: .25em 0; }
    .readable { margin: .1em 0; font-weight: 600; }
    .details { display: flex; flex-wrap: wrap; gap: 0 .8em; margin: 0; color: var(--muted); font-size: 13px; }
    .details div { display: flex; gap: .25em; } .details dt::after { content: ":"; } .details dd { margin: 0; }
    .toggles { border: 1px solid var(--line); display: flex; flex-wrap: wrap; gap: .3em 1em; }
    :target + mark.hl { outline: 3px solid #c75b00; }
    .filters { display: flex; flex-wrap: wrap; gap: .6em 1em; align-items: end; font: 15px system-ui, sans-serif;
      background: var(--band); padding: .7em; border-radius: 4px; margin-bottom: 1em; }
    .filters label { display: flex; flex-direction: column; gap: .15em; }
    .pager { display: flex; gap: 1.5em; font-family: system-ui, sans-serif; margin-top: 1em; }
    .analyze textarea { width: 100%; min-height: 18em; }
    .analyze label { display: block; font: 600 15px system-ui, sans-serif; margin: .8em 0 .3em; }
    .events { border-collapse: collapse; width: 100%; font: 15px system-ui, sans-serif; }
    .events th, .events td { text-align: left; border-bottom: 1px solid var(--line); padding: .35em .5em; vertical-align: top; }
    .problem { font-size: 18px; }
    .empty { color: var(--muted); font-style: italic; }
    """

  /// Progressive enhancement only: switches that hide a group's highlights.
  static let script = """
    "use strict";
    document.addEventListener("DOMContentLoaded", function () {
      var toggles = document.querySelector(".toggles");
      if (!toggles) return;
      toggles.hidden = false;
      toggles.addEventListener("change", function (event) {
        var box = event.target;
        if (!box.dataset || !box.dataset.toggle) return;
        var group = box.dataset.toggle;
        document.querySelectorAll("mark.hl").forEach(function (mark) {
          var groups = (mark.dataset.groups || "").split(" ");
          if (groups.indexOf(group) < 0) return;
          var shown = groups.some(function (g) {
            var other = toggles.querySelector('input[data-toggle="' + g + '"]');
            return other && other.checked;
          });
          mark.classList.toggle("off", !shown);
        });
      });
    });
    """
}
