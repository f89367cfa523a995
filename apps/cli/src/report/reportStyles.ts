/**
 * The report's only stylesheet, inlined: system fonts (Chinese ones first),
 * no web fonts or images, and print rules so the file prints cleanly on A4.
 */
export const REPORT_CSS = `
:root { --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --demo: #9a3412; --demo-bg: #fff7ed; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 14px/1.6 'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei',system-ui,sans-serif; }
main { max-width: 1100px; margin: 0 auto; padding: 24px 32px 48px; }
h1 { font-size: 26px; margin: 0 0 4px; line-height: 1.3; }
h2 { font-size: 20px; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 16px; margin: 24px 0 8px; }
h4 { font-size: 15px; margin: 20px 0 8px; }
p.meta { color: var(--muted); margin: 2px 0; }
.banner { margin: 16px 0; padding: 12px 16px; border: 2px solid var(--line); border-radius: 6px; font-weight: 600; }
.banner.demo { border-color: var(--demo); background: var(--demo-bg); color: var(--demo); font-size: 15px; }
.banner.official { border-color: #2da44e; background: #f0fff4; color: #116329; }
nav ol { columns: 2; margin: 0; }
.kpis { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
.kpi { border: 1px solid var(--line); border-radius: 6px; padding: 8px 16px; min-width: 120px; }
.kpi b { display: block; font-size: 22px; }
.kpi span { color: var(--muted); font-size: 12px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0 12px; font-size: 13px; }
th, td { border: 1px solid var(--line); padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #f6f8fa; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.illustrative td { background: var(--demo-bg); }
.chip { display: inline-block; padding: 0 6px; border-radius: 10px; color: #fff; font-size: 12px; white-space: nowrap; }
.demo-tag { display: inline-block; margin-left: 4px; padding: 0 4px; border: 1px solid var(--demo); border-radius: 3px;
  color: var(--demo); background: var(--demo-bg); font-size: 11px; font-weight: 600; white-space: nowrap; }
.sub { display: block; color: var(--muted); font-size: 11px; }
.quote { font-family: inherit; }
figure { margin: 8px 0 20px; }
figcaption { color: var(--muted); font-size: 12px; }
figcaption .demo-tag { margin-left: 6px; }
svg.chart { max-width: 100%; height: auto; }
p.caption { margin: 12px 0 0; font-weight: 600; text-align: center; }
p.source { margin: 0 0 12px; color: var(--muted); font-size: 12px; }
figure p.source { margin: 2px 0 0; }
p.prose { text-indent: 2em; margin: 6px 0; }
dl.cover { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 12px 0; }
dl.cover div { display: contents; }
dl.cover dt { color: var(--muted); }
dl.cover dd { margin: 0; }
dl.cover dd.missing { color: var(--demo); }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 8px; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav { display: none; }
  h2 { break-before: page; break-after: avoid; }
  h2:first-of-type { break-before: auto; }
  h3, h4 { break-after: avoid; }
  tr, figure, .banner, .kpis { break-inside: avoid; }
  p.caption { break-after: avoid; }
  thead { display: table-header-group; }
  a { color: inherit; text-decoration: none; }
}
`;
