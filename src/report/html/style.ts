/**
 * The report page's style sheet. Each mark has its colour (Okabe–Ito hues, safe for
 * colour-blind readers) and its own line — boxed, dashed, dotted, double, solid — and
 * a symbol in the text, so it reads in greyscale and in print too.
 */
export const REPORT_CSS = `
:root{--ink:#1f2933;--muted:#52606d;--line:#cbd2d9;--paper:#fff;--soft:#f5f7fa}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:var(--paper);font:16px/1.7 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Noto Sans SC","WenQuanYi Micro Hei","PingFang SC","Microsoft YaHei",sans-serif;-webkit-text-size-adjust:100%}
.wp-main{max-width:62rem;margin:0 auto;padding:1rem 1rem 4rem}
.wp-report{margin:0 0 3rem}
.wp-report+.wp-report{border-top:3px solid var(--ink);padding-top:1rem}
h1,h2,h3,h4{line-height:1.3;margin:1.4em 0 .5em}
h1{font-size:1.6rem;margin-top:.5em}h2{font-size:1.3rem}h3{font-size:1.1rem}h4{font-size:1rem}
a{color:#0b5cad}
code{font-size:.85em;background:var(--soft);padding:0 .25em;border-radius:3px;overflow-wrap:anywhere}
.wp-skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem;z-index:10}
.wp-skip:focus{left:.5rem}
.wp-status{font-size:1.15rem;font-weight:600;margin:.25rem 0 .5rem}
.wp-status.wp-bad{color:#a63c00}.wp-status.wp-good{color:#00694d}
.wp-summary{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:.5rem 0}
.wp-summary li{border-radius:1rem;padding:.1rem .7rem}
.wp-muted{color:var(--muted);font-size:.92rem;margin:.2rem 0}
.wp-chip{display:inline-block;border-radius:1rem;padding:0 .55rem;font-size:.88rem;line-height:1.6;white-space:nowrap}
.wp-sym{font-weight:700}
/* The marks: colour, line and symbol. */
.wp-sample{border-radius:3px;padding:0 .12em}
.wp-fig{color:inherit;cursor:pointer;border-radius:3px;padding:0 .12em;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.wp-fig .wp-sym,.wp-sample .wp-sym{font-size:.72em;vertical-align:super;line-height:0;margin-left:.1em}
.wp-fig:focus-visible,.wp-fig:focus{outline:3px solid #000;outline-offset:2px}
.wp-m-inconsistent{background:#fbe3d6;box-shadow:inset 0 0 0 2px #d55e00}
.wp-m-inconsistent .wp-sym,.wp-chip.wp-m-inconsistent{color:#a63c00}
.wp-m-warning{background:#fff1cc;border:2px dashed #b07800;padding:0 .08em}
.wp-m-warning .wp-sym,.wp-chip.wp-m-warning{color:#7a5300}
.wp-m-unverifiable{background:#eceff1;border-bottom:2px dotted #52606d}
.wp-m-unverifiable .wp-sym,.wp-chip.wp-m-unverifiable{color:#3e4c59}
.wp-m-consistent-within-rounding{background:#dcecf7;border-bottom:3px double #0072b2}
.wp-m-consistent-within-rounding .wp-sym,.wp-chip.wp-m-consistent-within-rounding{color:#005a8c}
.wp-m-consistent{background:#d6f2e8;border-bottom:2px solid #009e73}
.wp-m-consistent .wp-sym,.wp-chip.wp-m-consistent{color:#00694d}
.wp-m-fact{background:transparent;border-bottom:1px solid #9aa5b1}
.wp-m-fact .wp-sym,.wp-chip.wp-m-fact{color:#52606d}
.wp-m-unparsed{background:#f6e7f0;border-bottom:1px dashed #a8467f}
.wp-m-unparsed .wp-sym,.wp-chip.wp-m-unparsed{color:#8a2f63}
.wp-chip.wp-m-warning,.wp-chip.wp-m-unparsed,.wp-chip.wp-m-fact{border-width:1px}
.wp-doc{white-space:pre-wrap;overflow-wrap:anywhere;background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:1rem;line-height:2}
.wp-doc.wp-focusing .wp-fig:not(.wp-focus){opacity:.4}
.wp-fig.wp-focus{outline:3px solid #d55e00;outline-offset:1px;font-weight:700}
.wp-conflict{border:2px solid #d55e00;border-radius:8px;padding:.25rem 1rem 1rem;margin:1rem 0;background:#fffaf7}
.wp-conflict.wp-warn{border-color:#b07800;border-style:dashed;background:#fffdf5}
.wp-conflict h3{margin-top:.8rem}
.wp-show{font:inherit;font-size:.95rem;padding:.35rem .8rem;border:2px solid var(--ink);border-radius:6px;background:#fff;cursor:pointer;min-height:2.5rem}
.wp-show[aria-pressed=true]{background:var(--ink);color:#fff}
.wp-show:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}
.wp-involved{padding-left:1.2rem}
.wp-scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.92rem;margin:.5rem 0}
th,td{border-bottom:1px solid var(--line);padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}
.wp-num{font-variant-numeric:tabular-nums;white-space:nowrap}
.wp-plot{margin:1rem 0;max-width:34rem}
.wp-plot figcaption{font-size:.92rem;font-weight:600;margin-bottom:.25rem}
.wp-plot svg{width:100%;height:auto;display:block;background:#fff;border:1px solid var(--line);border-radius:6px}
.wp-plots .wp-plot{margin:.75rem 0}
.wp-explanations{list-style:none;padding:0}
.wp-explanations li{margin:.3rem 0;padding-left:1.6rem;text-indent:-1.6rem}
.wp-legend ul{list-style:none;padding:0}
.wp-legend li{margin:.25rem 0}
details>summary{cursor:pointer;font-weight:600;margin:.5rem 0}
details>summary:focus-visible{outline:3px solid #0b5cad}
.wp-notlocated{border-left:4px solid #b07800;padding-left:.75rem}
.wp-pop{position:absolute;z-index:20;width:28rem;max-width:calc(100vw - 16px);max-height:70vh;overflow:auto;background:#fff;border:1px solid #9aa5b1;border-radius:8px;box-shadow:0 8px 24px rgba(0,0,0,.18);padding:.5rem 1rem 1rem;font-size:.95rem;line-height:1.55}
.wp-pop[hidden]{display:none}
.wp-pop.wp-sheet{position:fixed;left:0;right:0;bottom:0;top:auto;width:auto;max-width:none;max-height:60vh;border-radius:12px 12px 0 0}
.wp-pop h3{margin:.4rem 2rem .4rem 0;font-size:1.05rem}
.wp-pop h4{margin:.8rem 0 .2rem;font-size:.95rem}
.wp-pop ul{padding-left:1.1rem;margin:.2rem 0}
.wp-pop .wp-item+.wp-item{border-top:1px solid var(--line);margin-top:.6rem}
.wp-close{position:sticky;float:right;top:0;font:inherit;font-size:1.3rem;line-height:1;width:2.25rem;height:2.25rem;border:1px solid var(--line);border-radius:6px;background:#fff;cursor:pointer}
.wp-close:focus-visible{outline:3px solid #0b5cad}
.wp-dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.3rem 0}
.wp-dl dt{color:var(--muted)}
.wp-dl dd{margin:0;overflow-wrap:anywhere}
.wp-msg{margin:.4rem 0}
@media (max-width:640px){
  body{font-size:15px}
  .wp-main{padding:.5rem .6rem 3rem}
  h1{font-size:1.3rem}
  .wp-doc{padding:.6rem;line-height:1.9}
  .wp-conflict{padding:.1rem .6rem .6rem}
  .wp-dl{grid-template-columns:1fr}
  .wp-dl dt{font-size:.85rem}
}
@media print{
  body{font-size:10.5pt}
  .wp-main{max-width:none;padding:0}
  .wp-pop,.wp-show,.wp-skip,.wp-close{display:none!important}
  .wp-conflict,.wp-plot,tr{break-inside:avoid}
  .wp-doc{border:0;padding:0}
  a{color:inherit;text-decoration:none}
  .wp-chip,.wp-summary li,.wp-conflict{-webkit-print-color-adjust:exact;print-color-adjust:exact}
}
`;
