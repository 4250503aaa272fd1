/** The printable matrix's styles, inline in the page (it loads nothing): readable on screen, landscape A4 on paper. */
export const MATRIX_STYLE = `
body { font: 13px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1f24; margin: 1.5rem; }
h1 { font-size: 1.5rem; margin: 0 0 .3rem; } h2 { font-size: 1.15rem; margin: 2rem 0 .3rem; }
.meta, .muted, .counts, .how { color: #57606a; } .caveat { font-style: italic; }
code { font-size: .9em; background: #f3f4f6; padding: 0 .2em; border-radius: 3px; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0; }
th, td { border: 1px solid #d0d7de; padding: .4rem .5rem; vertical-align: top; text-align: left; }
th { background: #f6f8fa; }
table.summary { width: auto; } table.summary td { text-align: center; min-width: 5rem; }
td.what { width: 28%; } td.status { width: 17%; } td.rivals-cell { width: 17%; }
.kind { font-size: .8em; color: #57606a; text-transform: lowercase; }
.badge { display: inline-block; font-weight: 600; padding: .05rem .45rem; border-radius: 3px; color: #fff; }
.status-supported .badge { background: #1a7f37; } .status-weak .badge { background: #9a6700; }
.status-contested .badge { background: #bc4c00; } .status-gap .badge { background: #cf222e; }
tr.status-gap td { background: #fff5f5; }
.gap-mark { color: #cf222e; font-weight: 600; }
.grade { display: inline-block; font: 600 .8em monospace; background: #ddf4ff; padding: 0 .3em; border-radius: 3px; }
ol.evidence, ol.rivals, ol.footnotes { margin: 0; padding-left: 1.2rem; }
ol.footnotes { font-size: .85em; color: #57606a; }
li.item { margin-bottom: .5rem; }
blockquote { margin: .2rem 0 .2rem .5rem; padding-left: .5rem; border-left: 3px solid #d0d7de; }
.finding, .path { margin: .1rem 0; font-size: .9em; }
.pattern { background: #f6f8fa; padding: .3rem .5rem; margin-bottom: .4rem; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { margin: 0; font-size: 10px; }
  tr { break-inside: avoid; }
  section.allegation { break-before: page; }
  section.allegation:first-of-type { break-before: auto; }
}
`;
