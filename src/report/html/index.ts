/**
 * The report as a page people can look at: the text with every figure marked by its
 * verdict, each contradiction with its suspects, explanations and number lines, the
 * goals, and a summary. One renderer for `wupian check --html` and the paste page; it
 * reads only the plain report (as `checkText` returns it and `check --json` prints it)
 * and the text it was made from, and returns an HTML string that needs nothing else.
 */
export { renderHtmlReport, renderHtmlReports, renderReportSection, htmlDocument } from './render.js';
export type { HtmlReportOptions, HtmlSectionOptions } from './render.js';
export { REPORT_CSS } from './style.js';
export { REPORT_SCRIPT } from './client.js';
export { locate } from './locate.js';
export type { Located, Placement, Misplaced } from './locate.js';
export { escapeHtml, formatIntervalIn, unitOf } from './format.js';
export type { DisplayUnit } from './format.js';
export { numberLine } from './plot.js';
export type { PlotRow } from './plot.js';
export { MARKS, SYMBOL } from './i18n.js';
export type { Mark } from './i18n.js';
