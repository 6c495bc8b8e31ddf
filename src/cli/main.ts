import { parseArgs } from 'node:util';
import { applyGrowth } from '../calc/applyGrowth.js';
import { baseFromGrowth } from '../calc/baseFromGrowth.js';
import { cagr } from '../calc/cagr.js';
import { growthRate } from '../calc/growthRate.js';
import { ppGap } from '../calc/ppGap.js';
import { share } from '../calc/share.js';
import { checkDocument } from '../check/fromDocument.js';
import type { Report } from '../check/report.js';
import { documentIds, documents } from '../data/index.js';
import { Decimal, isDecimal } from '../decimal/decimal.js';
import type { Decimal as DecimalT } from 'decimal.js';
import { WupianError } from '../errors/WupianError.js';
import { checkText } from '../extract/checkText.js';
import { extractClaims } from '../extract/extractClaims.js';
import { regionByCode } from '../domain/gbt2260.js';
import type { ReportStatus } from '../check/report.js';
import { CHECK_OUTPUT_SCHEMA_ID } from './json.js';
import { extractionToJSON } from '../extract/json.js';
import { notText } from '../extract/binary.js';
import { messages } from '../check/messages.js';
import { type TextFlags, textOptions } from './options.js';
import { indicatorNames, indicatorWholes } from '../extract/lexicon/catalog.js';
import type { Figure } from '../figure/figure.js';
import { parseFigure } from '../figure/parseFigure.js';
import { type Interval, isPoint } from '../interval/interval.js';
import { COLOR, PLAIN, formatReport } from './format.js';
import { safely } from '../errors/WupianError.js';
import { toDate } from '../period/baseDate.js';
import { renderHtmlReports } from '../report/html/render.js';
import { runValidate, VALIDATE_HELP } from './validate.js';
import { runStream } from './stream.js';
import { type StreamPlan, streamRequest } from './streamArgs.js';

/** The streams of the streaming mode: standard input and output, and how to stop. */
export interface StreamIO {
  readonly input: AsyncIterable<Buffer | string> & { destroy?: () => unknown };
  readonly output: import('node:stream').Writable;
  /** The input's size when it is a file (an ETA in the progress line). */
  readonly totalBytes?: number | undefined;
  /** Aborted on SIGINT. */
  readonly signal?: AbortSignal | undefined;
  /** The worker script (tests); by default dist/cli-worker.js. */
  readonly workerUrl?: URL | undefined;
  /** Standard input is a terminal: say what it waits for. */
  readonly inputIsTTY?: boolean | undefined;
}

// parseISO accepts 2025-02-30 as March 2: a real date reads back as itself.
function isValidDate(text: string): boolean {
  const d = safely(() => toDate(text));
  if (!d.success) return false;
  const x = d.data;
  return `${String(x.getFullYear()).padStart(4, '0')}-${String(x.getMonth() + 1).padStart(2, '0')}-${String(x.getDate()).padStart(2, '0')}` === text;
}

export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly version: string;
  /** Reads a file, or standard input for '-'. Throws (ENOENT …) when it cannot. */
  readonly readFile: (path: string) => string;
  readonly stdoutIsTTY?: boolean;
  readonly stderrIsTTY?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Writes a file (check --html). Throws when it cannot. */
  readonly writeFile?: (path: string, text: string) => void;
}

const HELP = `wupian — exact, rounding-aware figures of China's five major articles of finance

Usage:
  wupian check [options] FILE… | -   check the figures of texts or JSON documents
  wupian check --ndjson [--jobs N] - a corpus: JSON Lines in, one result line per document out
  wupian extract [options] FILE | -  the claims a text states, as JSON
  wupian calc NAME ARGS… [--decimals N]
  wupian validate [options] CORPUS.json  score wupian on your own labelled texts
  wupian demo                        check the five bundled source documents
  wupian --version | --help | COMMAND --help

Exit status: 0 when nothing is inconsistent, 1 when something is inconsistent,
2 on bad usage or an unreadable input (the other files are still checked).
With check --strict: 3 when nothing could be checked, 4 when only some figures were read.`;

const CHECK_HELP = `wupian check [options] FILE… | -

Reads each file — a text (Chinese, traditional Chinese or an English summary) or a
JSON document in wupian's document-data form — and reports which of its figures agree,
which contradict each other and why. '-' reads standard input.

Options:
  --json                 one JSON report for all files
  --ndjson               one JSON line per file (for big batches)
  --ndjson -             a corpus, streamed: JSON Lines on standard input, one document a
                         line — {"id": …, "text": …} or {"id": …, "path": …}, with
                         "documentDate", "region", "billion" if need be — and one line per
                         document out, {"id", "report"}, in input order. A bad line is an
                         error line {"id", "line", "error"}; the stream goes on
  --jobs N               with --ndjson -: worker threads (default: the machine's cores);
                         the output is the same with any N
  --max-bytes SIZE       with --ndjson -: the largest document (default 16M)
  --html FILE            also write a page to look at: the text with every figure marked by
                         its verdict, the contradictions plotted (one self-contained file)
  --lang en|zh           language of the messages (default en)
  --region CODE          GB/T 2260 code of the region the text is about (guessed otherwise)
  --document-date DATE   the text's date, yyyy-MM-dd (gives 截至8月末 its year; guessed otherwise)
  --billion yi           read "billion yuan" as 亿元 (machine summaries that mistranslate it)
  --strict               fail unless every figure was read and checked (exit 3 or 4, below)
  --no-color             plain output (also when piped, or with NO_COLOR set)

Each report has a status: consistent (every figure read, and they agree),
inconsistent (some figures contradict each other), partial (checked, but some
figures were not read) or nothing-checked (an empty or binary file, a text of which
no relation between figures could be verified).

Exit status: 0 when nothing is inconsistent, 1 when something is inconsistent, 2 on
bad usage or an unreadable file. With --strict, also 3 when a file's status is
nothing-checked and 4 when it is partial (the worst file decides: 2, 1, 3, 4, 0).`;

const EXTRACT_HELP = `wupian extract [options] FILE | -

Prints what a text states as JSON: its claims (indicator, holder, date, measure, basis,
figure with its value as a decimal string, span), its goals (targets, with their
deadline), the other figures it states (facts: policy parameters, case-study figures,
with what they are about), and every numeric mention read as none of these, with the
reason. Options: --region, --document-date, --billion (as for check).

wupian extract --ndjson [--jobs N] [--max-bytes SIZE] - streams a corpus as check
--ndjson - does: JSON Lines in, one {"id", "extraction"} line per document out.`;

const DEMO_CONFLICT = 'growth of total-loans (ytd) at 2025-06-30';
const DEMO_EN = `As expected: 001 (Weifang) states figures that cannot all be right — read two ways, they give two growth rates of total loans — and the checker finds it (the ✗ above is the point of the demo, which exits 0). 003's table totals agree within rounding; 000, 002 and 004 state no figures that relate to each other, so nothing could be checked there.`;
const DEMO_ZH = `与预期一致：001（潍坊）所列数据不可能同时正确——两种算法得出两个不同的各项贷款增速——检查器发现了这一点（上面的 ✗ 正是演示要展示的，演示以 0 退出）。003 的表格合计在四舍五入内一致；000、002、004 没有相互关联的数据，因此无从核验。`;

const CALC_HELP = `wupian calc NAME ARGS… [--decimals N]

  growth BASE CURRENT   growth rate in %, e.g. wupian calc growth 1896.69亿元 2150亿元
  base CURRENT RATE     the base a value grew from (start-of-year balance)
  apply BASE RATE       the value after growth
  share PART TOTAL      share in %
  gap A B               A − B in percentage points (a rate less a gap is the benchmark)
  cagr START END N      compound annual growth in %

A plain number is exact; a figure with a unit or qualifier (13.36%, 超30亿元) is the
interval it denotes, and the result is an interval. The result is printed with the
decimals of the most precise operand plus 4 (growth 1896.69 2150 → 13.355372), rounded
half up, an interval outward; --decimals N prints exactly N decimals instead.`;

const CALCS: Readonly<Record<string, { arity: number; run: (args: (string | Figure)[]) => unknown }>> = {
  growth: { arity: 2, run: ([a, b]) => growthRate(a as Figure, b as Figure) },
  base: { arity: 2, run: ([a, b]) => baseFromGrowth(a as Figure, b as Figure) },
  apply: { arity: 2, run: ([a, b]) => applyGrowth(a as Figure, b as Figure) },
  share: { arity: 2, run: ([a, b]) => share(a as Figure, b as Figure) },
  gap: { arity: 2, run: ([a, b]) => ppGap(a as Figure, b as Figure) },
  cagr: { arity: 3, run: ([a, b, n]) => cagr(a as Figure, b as Figure, n as string) },
};

// A plain decimal stays exact; anything else is read as a stated figure.
function operand(text: string): string | Figure {
  return /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(text) ? text : parseFigure(text);
}

/** How many decimals calc prints by default: those of its most precise operand, plus this many. */
export const EXTRA_DECIMALS = 4;

// The decimals an operand was written with: 1896.69 → 2, 13.36% → 2, 1e3 → 0.
function decimalsOf(operand: string | Figure): number {
  if (typeof operand !== 'string') return operand.decimals;
  const m = /\.(\d+)/.exec(operand.split(/e/i)[0] ?? '');
  return m ? (m[1] as string).length : 0;
}

// An exact result is rounded half up to `decimals`, an interval outward; trailing
// zeros go (17.2, not 17.200000), so an exact short result prints as it is.
function show(result: unknown, decimals: number, fixed: boolean): string {
  const write = (d: DecimalT, mode: DecimalT.Rounding): string => (fixed ? d.toFixed(decimals, mode) : d.toDecimalPlaces(decimals, mode).toFixed());
  if (isDecimal(result)) return write(result, Decimal.ROUND_HALF_UP);
  const r = result as Interval;
  if (isPoint(r)) return write(r.lo, Decimal.ROUND_HALF_UP);
  const lo = r.lo.isFinite() ? write(r.lo, Decimal.ROUND_FLOOR) : '−∞';
  const hi = r.hi.isFinite() ? write(r.hi, Decimal.ROUND_CEIL) : '+∞';
  return `${r.loOpen ? '(' : '['}${lo}, ${hi}${r.hiOpen ? ')' : ']'}`;
}

const OPTIONS_WITH_VALUES = new Set(['--decimals', '-d', '--lang', '--region', '--document-date', '--billion', '--html', '--jobs', '-j', '--max-bytes']);

// calc takes negative numbers (calc gap -2.3 5.1): operands, not options. Every
// positional of calc goes after '--', in its order.
function calcArgs(argv: readonly string[]): string[] {
  if (argv[0] !== 'calc' || !argv.some((a) => /^-\d/.test(a))) return [...argv];
  const options: string[] = [];
  const positionals: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i] as string;
    if (/^--?[a-z]/i.test(a)) {
      options.push(a);
      if (OPTIONS_WITH_VALUES.has(a) && i + 1 < argv.length) options.push(argv[++i] as string);
    } else positionals.push(a);
  }
  return ['calc', ...options, '--', ...positionals];
}

type Outcome = { file: string; report: Report } | { file: string; error: { code: string; message: string } };

/** Runs the command line; returns the exit code. The streaming mode (--ndjson -) needs {@link run}. */
export function main(argv: readonly string[], io: CliIO): number {
  return dispatch(argv, io, null);
}

/**
 * Runs the command line, the streaming mode (`check --ndjson -`, `extract --ndjson -`)
 * included: it reads `streams.input` and writes `streams.output` (standard input and
 * output); everything else goes through {@link main}.
 */
export async function run(argv: readonly string[], io: CliIO, streams: StreamIO): Promise<number> {
  let plan: StreamPlan | null = null;
  const code = dispatch(argv, io, (p) => (plan = p));
  if (plan === null) return code;
  if (streams.inputIsTTY) io.stderr('wupian: reading JSON Lines from standard input, one document a line: {"id": …, "text": …} (Ctrl-D ends).\n');
  return runStream({
    ...(plan as StreamPlan),
    ...streams,
    stderr: io.stderr,
    progress: io.stderrIsTTY === true,
    exitCodeFor: exitCodeForStatuses,
  });
}

function dispatch(argv: readonly string[], io: CliIO, onStream: ((plan: StreamPlan) => void) | null): number {
  const args = calcArgs(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        json: { type: 'boolean' },
        ndjson: { type: 'boolean' },
        lang: { type: 'string' },
        region: { type: 'string' },
        'document-date': { type: 'string' },
        billion: { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        strict: { type: 'boolean' },
        decimals: { type: 'string', short: 'd' },
        html: { type: 'string' },
        misses: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        'max-bytes': { type: 'string' },
      },
    });
  } catch (error) {
    io.stderr(`wupian: ${(error as Error).message}\n\n${HELP}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.version) {
    io.stdout(`${io.version}\n`);
    return 0;
  }
  const [command, ...rest] = positionals;
  if (command === undefined || command === 'help') {
    io[command === undefined && !values.help ? 'stderr' : 'stdout'](`${HELP}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }
  const helpOf: Record<string, string> = {
    check: CHECK_HELP,
    extract: EXTRACT_HELP,
    calc: CALC_HELP,
    validate: VALIDATE_HELP,
    demo: 'wupian demo\n\nChecks the five bundled source documents and prints the reports. 001 holds a real contradiction:\nthe demo exits 0 when the checker finds exactly that one, and 1 otherwise.',
  };
  if (values.help) {
    io.stdout(`${helpOf[command] ?? HELP}\n`);
    return 0;
  }
  const usage = (message: string, help = HELP): number => {
    io.stderr(`wupian: ${message}\n\n${help}\n`);
    return 2;
  };
  const lang = values.lang ?? 'en';
  if (lang !== 'en' && lang !== 'zh') return usage(`--lang must be en or zh, not "${lang}".`);
  if (values.billion !== undefined && values.billion !== 'yi' && values.billion !== 'billion') return usage('--billion must be yi or billion.');
  if (values['document-date'] !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(values['document-date']) || !isValidDate(values['document-date']))) {
    return usage(`--document-date must be a real date, yyyy-MM-dd (got "${values['document-date']}").`);
  }
  if (values.region !== undefined && !/^\d{6}$/.test(values.region)) return usage('--region must be a six-digit GB/T 2260 code, such as 370700.');
  if (values.region !== undefined && regionByCode(values.region) === undefined) return usage(`--region ${values.region} is no region of GB/T 2260 (370700 is 潍坊市, 370000 山东省).`);
  // --- The streaming mode (issue 14): --ndjson - reads JSON Lines; run() runs it. ---
  const stream = streamRequest(command, rest, values, lang);
  if (typeof stream === 'string') return usage(stream, command === 'extract' ? EXTRACT_HELP : command === 'check' ? CHECK_HELP : HELP);
  if (stream !== null) {
    if (onStream === null) return usage('the streaming mode (--ndjson -) runs through run(), not main().');
    onStream(stream);
    return 0;
  }
  // --- end of the streaming mode ---
  const env = io.env ?? {};
  const color = values['no-color'] ? false : values.color ? true : io.stdoutIsTTY === true && env['NO_COLOR'] === undefined;
  const style = color ? COLOR : PLAIN;

  try {
    switch (command) {
      case 'demo': {
        io.stdout(`wupian demo — the five bundled source documents (data/documents/*.json), checked\n\n`);
        const reports = new Map<string, Report>();
        for (const id of documentIds) {
          const report = checkDocument(documents[id], { lang, indicatorNames: indicatorNames(), wholes: indicatorWholes() });
          reports.set(id, report);
          io.stdout(`${formatReport(report, `${id} ${report.source ?? ''}`.trim(), style, lang)}\n\n`);
        }
        // The demo shows one real contradiction: 001 states figures that imply two growth
        // rates of total loans. It exits 0 when the checker finds exactly that, and 1 when
        // it finds anything else, so its exit code says whether it showed what it promises.
        const found = [...reports].filter(([, r]) => r.status === 'inconsistent').map(([id, r]) => `${id}: ${r.conflicts.map((c) => c.disputed?.quantity ?? '?').join(', ')}`);
        const expected = [`001: ${DEMO_CONFLICT}`];
        const asExpected = found.join('\n') === expected.join('\n');
        io.stdout(
          asExpected
            ? style.bold(`${lang === 'zh' ? DEMO_ZH : DEMO_EN}\n`)
            : style.red(`The demo expected one contradiction, ${expected.join('; ')}, and found: ${found.join('; ') || 'none'}.\n`),
        );
        io.stdout('Texts are checked the same way: wupian check report.txt (see wupian check --help).\n');
        return asExpected ? 0 : 1;
      }
      case 'calc': {
        const [name, ...args] = rest;
        const calc = name === undefined ? undefined : CALCS[name];
        if (!calc || args.length !== calc.arity) return usage(`calc expects one of ${Object.keys(CALCS).join(', ')} with its operands.`, CALC_HELP);
        const decimals = values.decimals === undefined ? undefined : Number.parseInt(values.decimals, 10);
        if (decimals !== undefined && (!Number.isInteger(decimals) || decimals < 0 || decimals > 30 || !/^\d+$/.test(values.decimals ?? ''))) {
          return usage('--decimals must be a whole number from 0 to 30.', CALC_HELP);
        }
        const operands = args.map((a, i) => (name === 'cagr' && i === 2 ? a : operand(a)));
        const places = decimals ?? Math.max(...operands.map(decimalsOf)) + EXTRA_DECIMALS;
        io.stdout(`${show(calc.run(operands), places, decimals !== undefined)}\n`);
        return 0;
      }
      case 'extract': {
        if (rest.length !== 1) return usage('extract reads exactly one FILE (or - for standard input).', EXTRACT_HELP);
        const file = rest[0] as string;
        const text = readOrSay(io, file);
        if (text === null) return 2;
        const binary = notText(text);
        if (binary) {
          io.stderr(`wupian: cannot read ${file}: ${messages(lang).binary(binary === 'nul')}\n`);
          return 2;
        }
        const extraction = extractClaims(text, textOptions(text, values));
        io.stdout(`${JSON.stringify(extractionToJSON(extraction, file), null, 2)}\n`);
        return 0;
      }
      case 'check': {
        if (rest.length === 0) return usage('check needs at least one FILE (or - for standard input).', CHECK_HELP);
        if (values.json && values.ndjson) return usage('--json and --ndjson exclude each other.', CHECK_HELP);
        if (values.html !== undefined && (values.html === '' || values.html.startsWith('-'))) return usage('--html needs the FILE to write the page to.', CHECK_HELP);
        const outcomes: Outcome[] = [];
        // --html: the texts read, to place the figures in.
        const texts = new Map<string, string>();
        const reading: CliIO = { ...io, readFile: (path) => { const text = io.readFile(path); texts.set(path, text); return text; } };
        const progress = io.stderrIsTTY === true && rest.length > 1;
        rest.forEach((file, i) => {
          if (progress) io.stderr(`\r\u001b[2Kwupian: checking ${i + 1}/${rest.length} ${file}`);
          const outcome = checkOne(file, values.html === undefined ? io : reading, values, lang);
          outcomes.push(outcome);
          if (values.ndjson) io.stdout(`${JSON.stringify(outcome)}\n`);
        });
        if (progress) io.stderr('\r\u001b[2K');
        const failed = outcomes.filter((o): o is Extract<Outcome, { error: unknown }> => 'error' in o);
        for (const f of failed) io.stderr(`wupian: ${f.file}: ${f.error.message}\n`);
        const reports = outcomes.flatMap((o) => ('report' in o ? [o.report] : []));
        if (values.json) {
          const ok = outcomes.every((o) => 'report' in o && o.report.ok);
          io.stdout(`${JSON.stringify({ $schema: CHECK_OUTPUT_SCHEMA_ID, ok, status: worstStatus(reports.map((r) => r.status)), files: outcomes }, null, 2)}\n`);
        } else if (!values.ndjson) {
          for (const o of outcomes) if ('report' in o) io.stdout(`${formatReport(o.report, o.file, style, lang)}\n\n`);
        }
        if (values.html !== undefined) {
          const pages = outcomes.flatMap((o) => {
            if (!('report' in o)) return [];
            const text = texts.get(o.file);
            // A JSON document has no text to mark: its figures are listed.
            const isText = text !== undefined && !o.file.endsWith('.json') && !text.trimStart().startsWith('{');
            return [{ report: o.report, text: isText ? text : undefined, title: o.file === '-' ? 'stdin' : o.file }];
          });
          try {
            if (!io.writeFile) throw new Error('writing files is not available here');
            io.writeFile(values.html, renderHtmlReports(pages, { lang, ...(lang === 'zh' ? { indicatorNames: indicatorNames() } : {}) }));
          } catch (error) {
            io.stderr(`wupian: cannot write ${values.html}: ${(error as Error).message}\n`);
            return 2;
          }
        }
        return exitCode(failed.length > 0, reports, values.strict === true);
      }
      case 'validate': {
        if (rest.length !== 1) return usage('validate reads exactly one CORPUS.json (or - for standard input).', VALIDATE_HELP);
        const file = rest[0] as string;
        const text = readOrSay(io, file);
        if (text === null) return 2;
        try {
          runValidate(text, values, lang, io.stdout);
        } catch (error) {
          if (error instanceof SyntaxError) {
            io.stderr(`wupian: ${file} is not valid JSON: ${error.message}\n`);
            return 2;
          }
          throw error;
        }
        return 0;
      }
      default:
        return usage(`unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof WupianError) {
      io.stderr(`wupian: ${error.message} [${error.code}]\n`);
      return 2;
    }
    throw error;
  }
}

// The one file a command reads, or null once it has said on stderr why it cannot.
function readOrSay(io: CliIO, file: string): string | null {
  try {
    return io.readFile(file);
  } catch (error) {
    io.stderr(`wupian: cannot read ${file}: ${(error as Error).message}\n`);
    return null;
  }
}

function checkOne(file: string, io: CliIO, values: TextFlags, lang: 'en' | 'zh'): Outcome {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return { file, error: { code, message: `cannot read the file (${(error as Error).message})` } };
  }
  try {
    const trimmed = text.trimStart();
    if (file.endsWith('.json') || trimmed.startsWith('{')) {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        return { file, error: { code: 'invalid_json', message: `not valid JSON: ${(error as Error).message}` } };
      }
      return { file, report: checkDocument(json, { lang, source: file, indicatorNames: indicatorNames(), wholes: indicatorWholes() }) };
    }
    return { file, report: checkText(text, { ...textOptions(text, values), lang, source: file, document: file }) };
  } catch (error) {
    if (error instanceof WupianError) return { file, error: { code: error.code, message: error.message } };
    throw error;
  }
}

const WORST_FIRST: readonly ReportStatus[] = ['inconsistent', 'nothing-checked', 'partial', 'consistent'];

/** The worst status of several reports (no report at all: nothing-checked). */
export function worstStatus(statuses: readonly ReportStatus[]): ReportStatus {
  return WORST_FIRST.find((s) => statuses.includes(s)) ?? 'nothing-checked';
}

/**
 * The exit code of `check`: 2 when a file could not be read, 1 when something is
 * inconsistent; with --strict, 3 when a file could not be checked at all and 4 when
 * one was only partly read; else 0.
 */
export function exitCode(failed: boolean, reports: readonly Report[], strict: boolean): number {
  return exitCodeForStatuses(failed, new Set(reports.map((r) => r.status)), strict);
}

/** {@link exitCode} from the statuses seen (the streaming mode keeps no reports). */
export function exitCodeForStatuses(failed: boolean, statuses: ReadonlySet<ReportStatus>, strict: boolean): number {
  if (failed) return 2;
  const status = worstStatus([...statuses]);
  if (status === 'inconsistent') return 1;
  if (!strict) return 0;
  return status === 'nothing-checked' ? 3 : status === 'partial' ? 4 : 0;
}
