/**
 * The paste page: a text in, the report out, all in the browser. It runs the same
 * extractor and checker as `wupian check` (`checkText` of wupian/extract) and the same
 * renderer as `wupian check --html`; nothing leaves the page.
 */
import { checkText } from '../src/extract/checkText.js';
import { guessDocumentDate, guessRegion } from '../src/extract/guess.js';
import { indicatorNames } from '../src/extract/lexicon/catalog.js';
import { renderReportSection } from '../src/report/html/render.js';

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`The page lacks #${id}.`);
  return el as T;
};

const input = $<HTMLTextAreaElement>('wp-input');
const lang = $<HTMLSelectElement>('wp-lang');
const region = $<HTMLInputElement>('wp-region');
const date = $<HTMLInputElement>('wp-date');
const output = $<HTMLDivElement>('wp-output');
const state = $<HTMLParagraphElement>('wp-state');

let timer: ReturnType<typeof setTimeout> | undefined;
let runs = 0;

/** Checks the text now and shows the report; the page's `data-runs` counts the reports shown. */
function run(): void {
  clearTimeout(timer);
  const text = input.value;
  const l = lang.value === 'zh' ? 'zh' : 'en';
  document.documentElement.lang = l === 'zh' ? 'zh-CN' : 'en';
  if (text.trim() === '') {
    output.innerHTML = '';
    state.textContent = l === 'zh' ? '请在上方粘贴文本。' : 'Paste a text above.';
    return;
  }
  try {
    const r = region.value.trim() || guessRegion(text);
    const d = date.value.trim() || guessDocumentDate(text);
    const report = checkText(text, { lang: l, ...(r && /^\d{6}$/.test(r) ? { region: r } : {}), ...(d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? { documentDate: d } : {}) });
    // The renderer reads the plain report, as `check --json` prints it.
    const plain = JSON.parse(JSON.stringify(report)) as typeof report;
    output.innerHTML = renderReportSection(plain, text, { lang: l, id: 'r1', level: 2, title: l === 'zh' ? '核查报告' : 'Report', ...(l === 'zh' ? { indicatorNames: indicatorNames() } : {}) });
    runs += 1;
    document.documentElement.dataset['runs'] = String(runs);
    state.textContent =
      l === 'zh'
        ? `已核查：${report.claims.length}个数字，${report.conflicts.length}处矛盾。`
        : `Checked: ${report.claims.length} figures, ${report.conflicts.length} contradiction${report.conflicts.length === 1 ? '' : 's'}.`;
  } catch (error) {
    output.innerHTML = '';
    state.textContent = `${l === 'zh' ? '出错：' : 'Error: '}${(error as Error).message}`;
  }
}

function later(): void {
  clearTimeout(timer);
  timer = setTimeout(run, 300);
}

input.addEventListener('input', later);
for (const el of [lang, region, date]) el.addEventListener('change', run);
$<HTMLFormElement>('wp-form').addEventListener('submit', (e) => {
  e.preventDefault();
  run();
});
$<HTMLButtonElement>('wp-example').addEventListener('click', () => {
  input.value = $<HTMLTemplateElement>('wp-sample').innerHTML.trim();
  run();
});
document.documentElement.dataset['ready'] = 'true';
