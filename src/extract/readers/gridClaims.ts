import type { Claim } from '../../check/claim.js';
import { Decimal } from '../../decimal/decimal.js';
import { quantityOf } from '../../check/network.js';
import type { SumSpec } from '../../check/checkClaims.js';
import type { Basis } from '../../domain/observation.js';
import { type Figure } from '../../figure/figure.js';
import { safeParseFigure } from '../../figure/parseFigure.js';
import { UNDATED, compareDates } from '../../period/relative.js';
import { baseDate } from '../../period/baseDate.js';
import { basisBetween } from '../../period/basisBetween.js';
import type { Doc, Output } from '../document.js';
import { areaWordHolder, holderAt } from '../frame/holder.js';
import { type MeasureRead, basisOf, basisOfPeriod, measureOf, ratioOf } from '../frame/measure.js';
import { INSTITUTION_KIND, greenUsePart, subjectIn } from '../frame/subject.js';
import { lowerBound } from '../frame/time.js';
import { lookupSubject } from '../lexicon/catalog.js';
import { findBanks } from '../lexicon/banks.js';
import { findPlaces } from '../lexicon/places.js';
import { type Subject, readSubjectZh, subjectOf } from '../lexicon/subjects.js';
import type { FigureMention, Mention } from '../mention.js';
import { type Cell, type Grid, findGrids, headerRows } from './grid.js';
import { NOT_A_SUM, TOTAL, gridSums, labelColumn, noteUnder, subtotalLabel } from './gridTotals.js';
import { WHOLE_AREA } from '../lexicon/areaWords.js';

// A total row that names nothing but the total: the sum of the rows above it.
const BARE_TOTAL = /^(?:合计|合計|总计|總計|全部合计)$/;

/** What the table readers found: the sums of their 合计 rows and columns, and the mentions they cover. */
export interface GridFigures {
  readonly sums: readonly SumSpec[];
  covers(m: Mention): boolean;
}

// A row's label that names a firm or an organisation: 某某科技有限公司, 某某集团, 某某专业合作社, 某某家庭农场.
const ORGANISATION = /^[\u4e00-\u9fa5A-Za-z\d（）()·]{2,40}?(?:公司|集团|企业|合作社|联合社|工厂|[^\d]厂|农场|牧场|医院|学校|研究院|研究所)$/;
// The words of a label that say what a figure measures.
const MEASURE_LABEL = /余额|餘額|增长|增長|增速|增幅|增加|新增|净增|淨增|增减|增減|上升|下降|减少|占比|比重|金额|金額|笔数|筆數|户数|戶數|客户|利率|高于|高於|变动|變動|成长|成長|年增|达成率|達成率|累计|累計|指标值|規模|规模|总额|總額/;
const UNIT_IN_LABEL = /[（(]\s*(万亿元|亿元|万元|元|億元|萬元|萬億元|%|％|个百分点|個百分點|百分点|百分點|户|戶|家|笔|筆|个|個|倍)\s*[)）]/;
const UNIT_LINE = /单位[:：]\s*([^\n）)]+)/;
const PLACE_LABEL = /^(?:[\u4e00-\u9fa5]{1,8}(?:省|市|县|区|州|盟|新区|开发区)|[A-Z][a-z]+(?: [A-Z][a-z]+)? (?:Province|City|County|District))$/;
// (目标完成率, 计划完成进度: how much of a goal is reached, a statement.)
const GOAL_LABEL = /^(?!.*(?:完成率|达成率|完成进度|完成情况|实际))(?=.*(?:目标|计划|任务))/;
const PERIOD_FLOW_LABEL = /^(?:\d{4}年)?(?:上半年|前三季度|一季度|第一季度|前[两二三四五六七八九十]{1,2}个?月|全年|今年以来|年内|当年)(?:累计)?(?:新增|增加|净增|增量)/;
// A column of one month's or one quarter's flow: 8月新增, 二季度新增.
const MONTH_FLOW_LABEL = /^(?:\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月份?(?:新增|增加|净增|增量)/;
const QUARTER_FLOW_LABEL = /^(?:\d{4}年)?(?:第?[二三四]季度|当季)(?:新增|增加|净增|增量)/;
const ANY_FLOW_LABEL = new RegExp(`${PERIOD_FLOW_LABEL.source}|${MONTH_FLOW_LABEL.source}|${QUARTER_FLOW_LABEL.source}`);
// A column named by the base a report compares with: 上年末, 年初, 上年同期.
const BASE_COLUMN = /^(?:上年末|上年年末|上年底|去年末|年初|上期末|上年同期|去年同期)/;
// A column of the report's own date: 报告期末, 本期末, 期末.
const REPORT_COLUMN = /^(?:本?报告期末|本期末|期末|本年末|本期)/;
// Which unit of a list (单位：亿元、%) a column takes: rates in %, gaps in points, amounts in money.
// 占全市比重, 占各项贷款比重, 占全省绿色贷款比重: a share column and the whole it names (the area's own subject when it names only an area).
const SHARE_COLUMN = new RegExp(`^占(${WHOLE_AREA}|全国|全行|本行)?([\\u4e00-\\u9fa5]{0,12}?)(?:的)?(?:比重|占比|比例|份额)(?:[(（]%[)）])?$`);
// A column of rates named by that alone: 增幅, 增速, 增长率, 占比.
const BARE_BASE_LABEL = /^(?:同比|环比|较年初|比年初|较上年末|比上年末|较上年同期|比上年同期)$/;
const RATE_ALONE = /^(?:同比)?(?:增幅|增速|增长率|增長率|年增率|成长率|成長率|占比|佔比|比重)$/;
const RATE_LABEL = /增长(?!额|量)|增速|增幅|增长率|占比|比重|比例|份额|率|%/;
const GAP_LABEL = /百分点|[高低]于|差/;
// A label naming only loans (贷款, 放款): what they are is in the table's title.
const GENERIC = /^(?:贷款|放款|借款|信贷|授信|融资|余额)$/;

/**
 * Reads the tables of a text that the plan-table reader left (markdown, pipe, tab and box tables,
 * key | value | unit rows): each number cell is a tiny statement — its row's and its column's
 * labels say what it is about, what it measures and as of when — read with the same subject and
 * measure stages as sentences. A 合计 row or column becomes a sum of the cells it totals.
 */
export function readGrids(doc: Doc, out: Output, taken: (m: Mention) => boolean): GridFigures {
  const grids = findGrids(doc.s).filter((g) => !doc.mentions.some((m) => m.span[0] >= g.start && m.span[0] < g.end && taken(m)));
  const sums: SumSpec[] = [];
  for (const grid of grids) readGrid(doc, out, grid, sums);
  const covers = (m: Mention): boolean => {
    const g = grids[lowerBound(grids, m.span[0] + 1, (x) => x.start) - 1];
    return g !== undefined && m.span[0] < g.end;
  };
  return { sums, covers };
}

interface CellRead {
  readonly subject: Subject | undefined;
  readonly measureLabel: string;
  readonly unit: string;
  readonly date: string | undefined;
  readonly part: string | undefined;
  readonly holder: string | undefined;
  readonly total: 'row' | 'column' | undefined;
  readonly within: Subject | undefined;
  /** The base a change column names by its date (比6月末增加): the change is since then. */
  readonly since?: string;
}

function readGrid(doc: Doc, out: Output, grid: Grid, sums: SumSpec[]): void {
  const figures = doc.mentions.filter((m): m is FigureMention => m.kind === 'figure' && m.span[0] >= grid.start && m.span[0] < grid.end);
  // A cell that is a date (2024年末, 114年7月底, 1月末) heads a column or a row of that date.
  const dateAt = (cell: Cell | undefined): string | undefined => {
    if (!cell || cell.start < 0) return undefined;
    // A stacked header is dated by whichever of its rows prints a date.
    if (cell.stacked) return cell.stacked.map(dateAt).find((d) => d !== undefined);
    const ref = doc.times.refs.find((r) => r.start >= cell.start && r.end <= cell.start + cell.text.length + 1);
    const bracket = Math.min(...[cell.text.indexOf('('), cell.text.indexOf('（')].filter((i) => i >= 0), cell.text.length);
    if (!ref || ref.role === 'base' || bracket - (ref.end - ref.start) > 3) return undefined;
    return ref.date;
  };
  // (比6月末增加: a label whose only digits are of the base it names, no figure.)
  const namesBase = (cell: Cell): boolean => {
    if (cell.start < 0) return false;
    const end = cell.start + cell.text.length;
    const refs = doc.within(doc.times.refs, cell.start, end + 1, (r) => [r.start, r.end]);
    const rest = refs.reduceRight((t, r) => t.slice(0, r.start - cell.start) + t.slice(r.end - cell.start), cell.text);
    return refs.some((r) => r.role === 'base') && !/\d/.test(rest);
  };
  const isData = (cell: Cell): boolean => /\d/.test(cell.text) && dateAt(cell) === undefined && !namesBase(cell);
  const { header, body } = headerRows(grid.rows, isData);
  // (After a date that opens the line above: 截至2024年底，本行绿能相关产业授信总户数为…)
  const titleEnd = grid.titleStart + grid.title.length;
  const titleDate = doc.times.refs[lowerBound(doc.times.refs, titleEnd, (r) => r.start) - 1];
  // (本國銀行辦理中小企業放款情形: the loans before the words that say what the table is — 情形, 统计, 排名.)
  // (The title's first line: a unit line under it names no subject.)
  const nameEnd = grid.title.includes('\n') ? grid.titleStart + grid.title.indexOf('\n') : titleEnd;
  const titleWords = /(?:情形|情况|概况|统计表?|一览表?|排名|结构|明细|分布|汇总表?)(?:\s*[(（][^()（）]{0,16}[)）])?\s*$/.exec(doc.s.slice(grid.titleStart, nameEnd));
  const titleSubject = subjectIn(doc, grid.titleStart, nameEnd) ?? (titleWords ? subjectIn(doc, grid.titleStart, nameEnd - titleWords[0].length) : undefined);
  // …which names what a bare 授信, 贷款 of the rows is (a row of no subject keeps the title's own).
  const afterDate = titleSubject ?? (titleDate && titleDate.start >= grid.titleStart ? subjectIn(doc, titleDate.end, titleEnd) : undefined);
  const loansOfTitle = titleSubject ?? afterDate;
  // (Found after the date only when it ends with the rows' noun: 绿能相关产业授信 for 授信户数, 授信余额.)
  const headedBy = (noun: string): boolean => titleSubject !== undefined || (afterDate !== undefined && afterDate.words.endsWith(noun));
  // The basis of each row's growth rate: its gap column shares it (比各项贷款增速高 after 同比增长).
  const rowBasis = new Map<number, Basis>();
  const unitLine = UNIT_LINE.exec(`${grid.title}`)?.[1]?.trim();
  const tableTime = doc.times.at(grid.start, doc.paragraphStart(grid.titleStart), grid.start);
  const tableDate = tableTime.from === 'none' ? UNDATED : tableTime.date;
  const colDates = header.map((h, c) => (c === 0 ? undefined : dateAt(h)));
  // 比6月末增加, 較上月底增減: a column of the change since the base it names.
  const colBases = header.map((h) => (h.start >= 0 && CHANGE_SINCE_LABEL.test(h.text) ? doc.within(doc.times.refs, h.start, h.start + h.text.length + 1, (r) => [r.start, r.end]).find((r) => r.role === 'base')?.date : undefined));
  // (| 1950 | 某公司 | 3892 |: a column of ranks before the labels dates no row, whatever number it reaches.)
  const ranksFirst = labelColumn(body) > 0;
  const rowDates = body.map((r) => (ranksFirst && /^\d+$/.test(r[0]?.text ?? '') ? undefined : dateAt(r[0])));
  // (A row of a quarter among rows of months, | 一季度 | 100 | under 本月新增: the quarter's flow, not March's.)
  const rowPeriods = body.map((r, k) => {
    const cell = r[0];
    if (!cell || cell.start < 0 || rowDates[k] === undefined) return undefined;
    return doc.within(doc.times.refs, cell.start, cell.start + cell.text.length + 1, (x) => [x.start, x.end]).find((x) => x.end <= cell.start + cell.text.length + 1)?.period;
  });
  const datedColumns = colDates.filter((d) => d !== undefined).length;
  // The first date the columns (else the rows) run from: the start of an average growth over them.
  const spanStart = [...colDates, ...rowDates].filter((d): d is string => d !== undefined).sort(compareDates)[0];
  // …but not of a column named by a base (上年末 beside 报告期末): the report's own date is later.
  const latestDate = colDates.reduce<string | undefined>((a, d, c) => (d !== undefined && !BASE_COLUMN.test(header[c]?.text ?? '') && (a === undefined || d > a) ? d : a), undefined);
  const datedRows = rowDates.filter((d) => d !== undefined).length;
  const labelCols = header.slice(1).filter((h) => MEASURE_LABEL.test(h.text)).length;
  const labelRows = body.filter((r) => MEASURE_LABEL.test(r[0]?.text ?? '')).length;
  const keyValue = header.some((h) => /^(?:指标值|数值|数据|值)$/.test(h.text)) && header.some((h) => /^单位|單位$/.test(h.text));
  const annual = colDates.every((d) => d === undefined || /-12-31$/.test(d));
  const claimOf = new Map<string, string>();
  let lastSubject: Subject | undefined;
  // The subject of the row being read: a column that names only a measure (较年初增加) keeps it.
  let rowSubject: Subject | undefined;

  const labelCol = labelColumn(body);
  // The balances each row states, and the cells of a column of shares of the 合计 row.
  const cellClaims = new Map<string, Claim>();
  const shareCells: ShareCell[] = [];
  const totalRows = body.map((_, r) => r).filter((r) => TOTAL.test(body[r]?.[labelCol]?.text ?? '') && !NOT_A_SUM.test(body[r]?.[labelCol]?.text ?? ''));
  const hasTotalRow = totalRows.length === 1;
  // Whose the row above a 其中 row is: the 其中 row is a part of that bank's or place's figure.
  let lastHolder: string | undefined;
  // The holders of the rows read so far (a 合计 row of places is held by them together).
  const rowHolders = new Map<string, string | undefined>();
  for (let r = 0; r < body.length; r++) {
    const row = body[r] as readonly Cell[];
    const rowLabel = subtotalLabel(body, r, labelCol);
    rowSubject = undefined;
    for (let c = labelCol + 1; c < row.length; c++) {
      const cell = row[c] as Cell;
      const m = figures.find((f) => f.span[0] >= cell.start && f.span[0] < cell.start + cell.text.length);
      if (!m) continue;
      const colLabel = header[c]?.text ?? '';
      // 全年新增目标, 计划投放, 目标任务: a column (or row) of goals, which no cell states as what is.
      if (GOAL_LABEL.test(colLabel) || GOAL_LABEL.test(rowLabel)) {
        out.unread(m, 'goal-without-deadline', 'a table cell of a goal (目标, 计划), which the table does not date');
        continue;
      }
      let read: CellRead;
      if (keyValue) {
        const unitCol = header.findIndex((h) => /^单位|單位$/.test(h.text));
        read = cellRead(rowLabel, rowLabel, row[unitCol]?.text ?? '', undefined, undefined);
      } else if (datedColumns >= 1 && colDates[c] !== undefined) {
        // …a dated column of a flow (上半年新增) is measured by its own label; so is one of a rate (2024年末占比,
        // 9月末增速): its date dates it, its rate word says what it measures.
        const ownMeasure = ANY_FLOW_LABEL.test(colLabel) || RATE_LABEL.test(colLabel);
        read = cellRead(rowLabel, ownMeasure ? colLabel : rowLabel, ownMeasure ? unitOf(colLabel, rowLabel) : unitOf(rowLabel, colLabel), baseColumnDate(colLabel) ?? colDates[c], undefined);
      } else if (datedColumns >= 1) {
        // An undated column beside dated ones (增速 after 2025年6月末 | 2024年6月末) is of the latest of them;
        // 年初余额, 上年同期 beside 6月末余额 of the base before it.
        read = cellRead(rowLabel, `${rowLabel}${colLabel}`, unitOf(colLabel, rowLabel), baseColumnDate(colLabel, true) ?? latestDate, undefined);
        const since = colBases[c];
        if (since) read = { ...read, since };
      } else if (datedRows >= 1 && rowDates[r] !== undefined) {
        read = cellRead('', colLabel, unitOf(colLabel, ''), rowDates[r], undefined);
      } else if (labelCols >= labelRows) {
        // (上年同期增速 beside 同比增速, no column dated: a year before the table's date — unread when the table has none.)
        const base = BASE_COLUMN.exec(colLabel)?.[0];
        if (base && tableDate === UNDATED) {
          out.unread(m, 'no-date', 'a column of an earlier date (上年同期, 上年末) in a table that gives no date');
          continue;
        }
        read = cellRead(rowLabel, colLabel, unitOf(colLabel, rowLabel), base ? baseDate(tableDate, /同期/.test(base) ? 'yoy' : /上期/.test(base) ? 'qoq' : 'ytd') : undefined, undefined, TOTAL.test(rowLabel) && !NOT_A_SUM.test(rowLabel) ? 'row' : undefined);
      } else {
        read = cellRead(rowLabel, rowLabel, unitOf(rowLabel, colLabel), undefined, TOTAL.test(colLabel) ? undefined : colLabel, TOTAL.test(colLabel) && !NOT_A_SUM.test(colLabel) ? 'column' : undefined);
      }
      // 占比 with no whole named, beside a 合计 row: each row's share of the total, read once the total is.
      // (2024年末占比: of the total at the column's date.)
      if (BARE_SHARE_LABEL.test(colLabel.replace(/\s+/g, '').replace(DATE_BEFORE_LABEL, '')) && hasTotalRow) {
        shareCells.push({ m, cell, r, c, unit: unitOf(colLabel, rowLabel), date: colDates[c], datePrefix: DATE_BEFORE_LABEL.exec(colLabel.replace(/\s+/g, ''))?.[0] ?? '' });
        continue;
      }
      const claim = claimOfCell(m, read, cell, r);
      if (claim) {
        out.claims.push(claim);
        claimOf.set(`${r}|${c}`, claim.id);
        cellClaims.set(`${r}|${c}`, claim);
      } else out.unread(m, 'table-cell', 'a table cell whose labels do not say what it is');
    }
  }
  for (const share of shareCells) {
    const claim = shareOfTotal(share);
    if (claim) out.claims.push(claim);
    else out.unread(share.m, 'table-cell', 'a column of shares (占比) whose rows or total the table does not state as one balance each');
  }

  sums.push(...gridSums(body, header, labelCol, claimOf, noteUnder(doc.s, grid.end)));

  // What a cell is about: the subject its labels name (else the title's), what it measures, its date, part and holder.
  function cellRead(subjectLabel: string, measureLabel: string, unit: string, date: string | undefined, givenPart: string | undefined, total?: 'row' | 'column'): CellRead {
    let part = givenPart;
    const clean = (t: string): string => t.replace(UNIT_IN_LABEL, '').replace(/^其中[:：]?/, '').replace(/\[\d+\]|[①-⑳]/g, '').trim();
    const within = /^其中/.test(subjectLabel) ? lastSubject : undefined;
    const bank = findBanks(subjectLabel)[0];
    // A row of a place (江西省, "Jiangxi Province"): whose figures they are, of the subject the title names.
    const place = bank ? undefined : placeLabel(clean(subjectLabel));
    let named = bank || place ? undefined : subjectOfLabel(clean(subjectLabel));
    // (| 1 | 潍坊第1号科技有限公司 | 3892 |: a row of a firm or an organisation — the loans to it, a part of its own.)
    if (!bank && !place && !part && ORGANISATION.test(clean(subjectLabel))) {
      part = clean(subjectLabel);
      named = undefined;
    }
    // 前五名合计: a total row of the column's subject, a part of its own (not the area's whole).
    // (A bare 合计 is the sum of the rows, no part of anything.)
    // (A bare 合计 under rows each of a place or a bank of its own is their sum, held by them together — no part.)
    const together = total === 'row' && BARE_TOTAL.test(clean(subjectLabel)) ? placesTogether([...rowHolders.values()]) : undefined;
    if (together && named?.indicator.startsWith('subject:')) named = undefined;
    if (total === 'row' && named?.indicator.startsWith('subject:') && !part && !together) {
      part = clean(subjectLabel);
      named = undefined;
    }
    // | 国有大型银行 | 620.0 | under 全市科技贷款结构: a kind of bank's part of the title's loans.
    if (named && INSTITUTION_KIND.test(named.words) && loansOfTitle && !part && !within) {
      part = named.words;
      named = loansOfTitle;
    }
    // 放款餘額, 贷款余额: the loans the title names (本國銀行對中小企業放款).
    if (named && GENERIC.test(named.words) && loansOfTitle && headedBy(named.words)) named = loansOfTitle;
    // A row of shares (占各项贷款比重) under a row of balances: the shares of that row's subject.
    const shareRow = SHARE_COLUMN.test(clean(subjectLabel));
    if (shareRow) named = undefined;
    // A column of shares (占本行各项贷款比重) names the whole, not the subject: the row's subject is its part.
    const shareColumn = !shareRow && rowSubject !== undefined && SHARE_COLUMN.test(clean(measureLabel));
    // A row that names only a measure (成长金额, 年增率 under 放款余额): of the row above's subject.
    const measureRow = !shareRow && !named && !bank && !place && lastSubject !== undefined && MEASURE_LABEL.test(clean(subjectLabel)) && !LOAN_NOUN.test(clean(subjectLabel));
    let fromMeasure = named ?? (shareRow || measureRow ? lastSubject : shareColumn ? rowSubject : subjectOfLabel(clean(measureLabel)));
    if (fromMeasure && GENERIC.test(fromMeasure.words) && loansOfTitle && headedBy(fromMeasure.words)) fromMeasure = loansOfTitle;
    const subject = fromMeasure ?? rowSubject ?? titleSubject;
    rowSubject = subject;
    if (!/^其中/.test(subjectLabel)) lastHolder = bank?.holder ?? place;
    if (!/^其中/.test(subjectLabel) && !total) rowHolders.set(subjectLabel, bank?.holder ?? place);
    if (named && !within) lastSubject = named;
    // (| 合计 | 940.0 | then | 其中：高新技术企业贷款 |: a part of the total.)
    else if (total === 'row' && !within) lastSubject = subject;
    return {
      subject,
      measureLabel: clean(measureLabel),
      unit,
      date,
      part,
      holder: bank?.holder ?? place ?? (/^其中/.test(subjectLabel) ? lastHolder : undefined) ?? together,
      total,
      within,
    };
  }

  // | 济南市 | … | 青岛市 | … | 合计 | …: the rows' places together, when every row is a place of its own.
  function placesTogether(holders: readonly (string | undefined)[]): string | undefined {
    const distinct = [...new Set(holders)];
    if (distinct.length < 2 || distinct.length !== holders.length || !distinct.every((x) => x?.startsWith('region:'))) return undefined;
    return `places:${distinct.map((x) => (x as string).slice('region:'.length)).join('+')}`;
  }

  // A label that is a place name and nothing more: its holder.
  function placeLabel(label: string): string | undefined {
    // 全市, 全省 as a row among districts: the area the text is about.
    if (/^(?:全|本|我)(?:市|省|县|区)$/.test(label)) return areaWordHolder(label, doc.holderScope(Math.max(doc.paragraphStart(grid.titleStart), grid.titleStart), grid.start));
    const hits = findPlaces(label);
    const hit = hits.find((p) => p.holder.startsWith('region:'));
    if (hit && hit.start === 0 && /^(?:(?:Province|City|County|District|Municipality|Prefecture|Autonomous Region)\b)?$/i.test(label.slice(hit.end).trim())) return hit.holder;
    // (A 区, 丙市: a place named by a letter, as the lexicon reads it.)
    const lettered = hits.find((p) => p.start === 0 && p.end === label.length && p.holder.startsWith('place:'));
    if (lettered) return lettered.holder;
    // A place the list lacks (a new district, a development zone) is a holder of its own all the same.
    return PLACE_LABEL.test(label) ? `place:${label}` : undefined;
  }

  // 上年末 beside 报告期末: the base of the report's date, not the last year-end before the document's.
  function baseColumnDate(label: string, besideDated = false): string | undefined {
    const base = BASE_COLUMN.exec(label)?.[0];
    const report = latestDate ?? (tableDate === UNDATED ? undefined : tableDate);
    if (!base || !report || !(besideDated || header.some((h) => REPORT_COLUMN.test(h.text)))) return undefined;
    return baseDate(report, /同期/.test(base) ? 'yoy' : /上期/.test(base) ? 'qoq' : 'ytd');
  }

  // (指标 | 2023年末 | 2024年末 | 增幅, a row of 户数（户）: the rate's column is in %, whatever the row counts in.)
  function unitOf(label: string, other: string): string {
    // (同比%, 比年初增长%: a label that ends with its unit.)
    return UNIT_IN_LABEL.exec(label)?.[1] ?? (RATE_ALONE.test(label.trim()) || /[%％]\s*$/.test(label) ? '%' : undefined) ?? UNIT_IN_LABEL.exec(other)?.[1] ?? fromUnitLine(label);
  }

  // 单位：亿元 gives every cell its unit; 单位：亿元、% gives each column the one its label calls for.
  function fromUnitLine(label: string): string {
    if (!unitLine) return '';
    const units = unitLine.split(/[、/／，,]/).map((u) => u.trim().replace(/^新臺幣|^新台币|^人民币/, '')).filter((u) => u !== '');
    // (| 同比 |, | 较年初 | under 单位：亿元、%: a change or its rate — the label alone does not say; under %, only the rate.)
    if (BARE_BASE_LABEL.test(label.trim())) return units.includes('%') && !units.some((u) => /元$/.test(u)) ? '%' : '';
    if (units.length === 1) return units[0] as string;
    const points = units.find((u) => /百分点/.test(u));
    // (增速变动 beside 同比增速 under 单位：亿元、%、个百分点: the change of the rate, in points.)
    if (points && (GAP_LABEL.test(label) || RATE_CHANGE_LABEL.test(label))) return points;
    if (RATE_LABEL.test(label)) return units.includes('%') ? '%' : '';
    if (/户数|家数|笔数|人数|数量|个数/.test(label)) return units.find((u) => /^[万亿]?[户家笔人个]$/.test(u)) ?? '';
    return units.find((u) => /元$/.test(u)) ?? '';
  }

  // The change between a table's two dated columns, over the basis from the earlier to the later; null when the
  // table has not exactly two, or no basis spans them.
  function changeBetweenColumns(): MeasureRead | null {
    const dated = colDates.filter((d): d is string => d !== undefined).sort(compareDates);
    const basis = dated.length === 2 ? basisBetween(dated[1] as string, dated[0] as string) : undefined;
    return basis ? { measure: 'increment', basis } : null;
  }

  function claimOfCell(m: FigureMention, read: CellRead, cell: Cell, r: number): Claim | undefined {
    if (!read.subject) return undefined;
    const figure = figureOf(m, cell, read.unit);
    if (!figure) return undefined;
    // A bare number under labels that name no measure and no unit (序号, 代码): nothing to read.
    if (figure.unit.symbol === '' && !MEASURE_LABEL.test(read.measureLabel)) return undefined;
    // 户均余额（万元）, 笔均金额: an amount per borrower or per loan, no quantity of the network.
    if (PER_BORROWER.test(read.measureLabel)) return undefined;
    const mc = { cue: read.measureLabel, clauseBefore: read.measureLabel, sentenceBefore: read.measureLabel, after: '', lastMeasure: undefined, adjacent: !MEASURE_LABEL.test(read.measureLabel), period: undefined };
    // A column of what a period added (上半年新增, 前三季度累计增加): a flow since the start of the year.
    const flowBasis = PERIOD_FLOW_LABEL.test(read.measureLabel) ? 'ytd' : MONTH_FLOW_LABEL.test(read.measureLabel) ? 'mom' : QUARTER_FLOW_LABEL.test(read.measureLabel) ? 'qoq' : undefined;
    const periodFlow = flowBasis && figure.unit.dimension === 'money' ? ({ measure: 'increment', basis: flowBasis } as MeasureRead) : null;
    // 成长金额, 增减额, 增加额: a row or column of the change between its dates, signed.
    const change = !periodFlow && CHANGE_AMOUNT.test(read.measureLabel) && figure.unit.dimension === 'money' ? ({ measure: 'increment' } as MeasureRead) : null;
    // (指标 | 2024年末 | 2025年6月末 | 变动: a column of the change between the two dated columns beside it.)
    const between = !periodFlow && !change && BARE_CHANGE.test(read.measureLabel) && figure.unit.dimension === 'money' ? changeBetweenColumns() : undefined;
    if (between === null) return undefined;
    // 增速变动（百分点）: the change of the row's rate, in points, over a span the label does not say.
    // (Beside a column of the rate a year before, 上年同期增速, the change is since then.)
    const changeSince = header.some((h) => /上年同期|去年同期/.test(h.text)) ? 'yoy' : header.some((h) => /上年末|年初/.test(h.text)) ? 'ytd' : undefined;
    const rateChange = figure.unit.dimension === 'percentage-points' && RATE_CHANGE_LABEL.test(read.measureLabel) ? ({ measure: 'rate-change', ...(changeSince ? { basis: changeSince } : {}) } as MeasureRead) : null;
    const read0: MeasureRead | null = periodFlow ?? change ?? between ?? rateChange ?? changeFromBase(read, figure) ?? ratioOf(read.subject.indicator, figure) ?? measureOf(figure, mc);
    // (贷款户数（户） | 1860 | 3415 | 年均增长 22.4: the rates of a count's row are the count's, never the loans'.)
    const ofCount = read0 !== null && figure.unit.dimension === 'percent' && COUNT_LABEL.test(read.measureLabel);
    if (ofCount && read0.measure !== 'growth' && read0.measure !== 'borrowers-growth') return undefined;
    const measure: MeasureRead | null = ofCount && read0 ? { ...read0, measure: 'borrowers-growth' } : read0;
    if (!measure || measure.measure === 'share-change') return undefined;
    // (| 年初余额 | 期末余额 | 比年初增减 | 增幅（%） |: a rate whose label names no base is over the span the columns name.)
    if ((measure.measure === 'growth' || measure.measure === 'increment') && changeSince && !basisOf(read.measureLabel) && header.some((h) => /(?:年初|上年末|上年同期|去年同期)余额/.test(h.text))) measure.basis = changeSince;
    const rowPeriod = rowPeriods[r];
    if (measure.measure === 'increment' && rowPeriod) measure.basis = basisOfPeriod(rowPeriod) ?? measure.basis;
    // A change between columns of year-ends is a year's: 成长金额, 年增率.
    // …unless the row's other change names its basis (较年初上升 beside 增速).
    if ((measure.measure === 'increment' || measure.measure === 'growth' || measure.measure === 'borrowers-growth') && !measure.basis) measure.basis = (rowBasis.get(r) ?? (annual ? 'yoy' : undefined)) as Basis | undefined;
    if ((measure.measure === 'growth' || (measure.measure === 'increment' && !rowBasis.has(r))) && measure.basis) rowBasis.set(r, measure.basis);
    if (measure.measure === 'gap' && !measure.basis) measure.basis = rowBasis.get(r) ?? [...rowBasis.values()][0];
    if ((measure.measure === 'increment' || measure.measure === 'growth' || measure.measure === 'gap') && !measure.basis) return undefined;
    const scope = doc.holderScope(Math.max(doc.paragraphStart(grid.titleStart), grid.titleStart), grid.start);
    const holder = read.holder ?? holderAt(scope);
    const subject = read.part ? { ...read.subject, part: read.part } : greenUsePart(doc, read.subject);
    // 占全市比重, 占各项贷款比重: a column of shares, of the whole its label names.
    let whole: { of: string; ofHolder?: string } | undefined;
    if (measure.measure === 'share') {
      const named = SHARE_COLUMN.exec(read.measureLabel);
      if (!named) return undefined;
      const [, area, words] = named as unknown as [string, string | undefined, string];
      const found = words ? lookupSubject(words) : undefined;
      const of = !words ? subject.indicator : /^(?:各项)?贷款$/.test(words) ? 'total-loans' : found && !found.part ? found.id : undefined;
      if (!of || (!words && !area)) return undefined;
      // 本行, 全行 in a table of banks: each row's own bank.
      const ofHolder = area && !/^(?:本行|全行)$/.test(area) ? areaWordHolder(area, scope) : holder;
      // A share of the very quantity it is (the whole's own row): nothing to check.
      if (of === subject.indicator && !subject.part && ofHolder === holder) return undefined;
      whole = { of, ...(ofHolder !== holder ? { ofHolder } : {}) };
    }
    return {
      id: `grid-${m.span[0]}`,
      indicator: subject.indicator,
      subject: subject.words,
      ...(subject.part ? { part: subject.part } : {}),
      ...(subject.scope ? { scope: subject.scope } : {}),
      ...(read.within ? { within: `${read.within.indicator}${read.within.part ? `/${read.within.part}` : ''}` } : {}),
      holder,
      date: read.date ?? tableDate,
      measure: measure.measure,
      ...(measure.basis ? { basis: measure.basis } : {}),
      // (年均增长 after the columns of the years: over the span from the first of them.)
      ...(measure.measure === 'average-growth' && spanStart !== undefined ? { since: spanStart } : {}),
      // (增速较上年末变动 beside 同比增速: the change of the rate the row states before it.)
      ...(measure.measure === 'rate-change' && rowBasis.has(r) ? { rateBasis: rowBasis.get(r) as Basis } : {}),
      ...(measure.measure === 'gap' ? { benchmark: 'total-loans' } : {}),
      ...(whole ?? {}),
      figure: doc.inOriginalScript(measure.negative ? { ...figure, value: figure.value.neg(), stated: figure.stated.neg() } : figure, m),
      source: out.source(m, ''),
    };
  }

  // A row's share of the 合计 row: of the balance in the column right before it (余额 | 占比; a 新增 | 占比 pair is
  // a share of flows, which a table's columns do not tie).
  // (A dated column, 2024年末占比, is of the balances of its date, wherever they stand.)
  function shareOfTotal(share: ShareCell): Claim | undefined {
    const totalRow = totalRows[0] as number;
    // (…or of the column its date words name, 2024年末 for 2024年末占比, where the header's date is not read as one.)
    const byDate = share.date !== undefined ? colDates.findIndex((d, k) => k !== share.c && d === share.date && cellClaims.get(`${totalRow}|${k}`)?.measure === 'balance') : -1;
    const byWords = share.datePrefix !== '' ? header.findIndex((h, k) => k !== share.c && h.text.replace(/\s+/g, '') === share.datePrefix) : -1;
    // (One column of shares in a table of one column of balances, wherever it stands: 余额 | 同比增长 | 比年初增加 | 占比.)
    const balanceColumns = header.map((_, k) => k).filter((k) => cellClaims.get(`${totalRow}|${k}`)?.measure === 'balance');
    const shareColumns = new Set(shareCells.map((x) => x.c));
    const only = shareColumns.size === 1 && balanceColumns.length === 1 ? (balanceColumns[0] as number) : -1;
    const undated = share.date === undefined && share.datePrefix === '';
    const source = byDate >= 0 ? byDate : byWords >= 0 ? byWords : undated && cellClaims.get(`${totalRow}|${share.c - 1}`)?.measure === 'balance' ? share.c - 1 : undated ? only : -1;
    const total = cellClaims.get(`${totalRow}|${source}`);
    const part = cellClaims.get(`${share.r}|${source}`);
    if (share.r === totalRow || !total || !part || total.measure !== 'balance' || part.measure !== 'balance') return undefined;
    // (The 合计 row's own cell must say 100: a total of 27.94 is a share of something else, all loans perhaps.)
    const totalCell = shareCells.find((x) => x.r === totalRow && x.c === share.c);
    const whole = totalCell ? figureOf(totalCell.m, totalCell.cell, totalCell.unit) : undefined;
    if (!whole || whole.value.minus(100).abs().gt(HALF_POINT)) return undefined;
    const figure = figureOf(share.m, share.cell, share.unit);
    if (!figure || figure.unit.dimension !== 'percent' || part.date !== total.date) return undefined;
    // (A table of places or banks: each row's share of the total's holder, 全市 or 全省.)
    const of = quantityOf(total);
    if (of === quantityOf(part) && part.holder === total.holder) return undefined;
    return {
      id: `grid-${share.m.span[0]}`,
      indicator: part.indicator,
      ...(part.subject ? { subject: part.subject } : {}),
      ...(part.part ? { part: part.part } : {}),
      ...(part.scope ? { scope: part.scope } : {}),
      holder: part.holder,
      date: part.date,
      measure: 'share',
      of,
      ...(total.holder !== part.holder ? { ofHolder: total.holder } : {}),
      figure: doc.inOriginalScript(figure, share.m),
      source: out.source(share.m, ''),
    };
  }

  function subjectOfLabel(label: string): Subject | undefined {
    if (!label || /^(?:项目|項目|指标|指標|类别|類別|分类|分類|机构|機構|领域|領域|年份|年度|月份|位次|银行|銀行|产品名称|產品名稱)$/.test(label)) return undefined;
    // (成长金额, 年增率, 较年初增加: a label of a measure alone names no subject.)
    if (label.length <= 6 && MEASURE_LABEL.test(label) && !LOAN_NOUN.test(label)) return undefined;
    const read = readSubjectZh(label, 0) ?? subjectOf(label, 0, label.length, 'zh');
    if (read) return read;
    // A row of products or categories (“兴农贷”, 其他): the label is the subject, in its own words.
    const words = label.replace(/[“”"「」]/g, '');
    return /^[\u4e00-\u9fa5]{2,16}$/.test(words) && !MEASURE_LABEL.test(words) ? { indicator: `subject:${words}`, words, start: 0, end: label.length } : undefined;
  }
}

// A column of shares that names no whole (占比, 比重, 占比（%）): of the table's 合计, where it has one.
// A cell of a column of shares, kept until the 合计 row is read.
interface ShareCell {
  readonly m: FigureMention;
  readonly cell: Cell;
  readonly r: number;
  readonly c: number;
  readonly unit: string;
  /** The column's own date, when its label gives one (2024年末占比). */
  readonly date: string | undefined;
  /** The date words its label opens with (2024年末 of 2024年末占比), or ''. */
  readonly datePrefix: string;
}

// How far a 合计 row's printed share may stand from 100 (rounded parts: 100.0, 99.9, 100.1).
const HALF_POINT = /* @__PURE__ */ new Decimal('0.5');
// A column's date before its measure's word (2024年末占比, 9月末比重).
const DATE_BEFORE_LABEL = /^(?:\d{4}年)?(?:\d{1,2}月)?(?:末|底)?/;
const BARE_SHARE_LABEL = /^(?:结构)?(?:占比|比重)(?:[(（]%[)）])?$/;

// The figure of a cell: its number with the unit its labels give when it prints none.
function figureOf(m: FigureMention, cell: Cell, unit: string): Figure | undefined {
  const figure = figureInUnit(m, cell, unit);
  // (| (35.20) |, | ▼35.20 |, | ↓35.20 |: an accountant's negative.)
  return figure && NEGATIVE_CELL.test(cell.text) && figure.value.gt(0) ? { ...figure, value: figure.value.neg(), stated: figure.stated.neg() } : figure;
}
const NEGATIVE_CELL = /^\s*(?:[（(] ?[\d.,]+ ?[)）]|[▼↓] ?[\d.,]+)(?:[%％])?\s*$/;

function figureInUnit(m: FigureMention, cell: Cell, unit: string): Figure | undefined {
  if (m.figure.unit.symbol !== '' || !unit) return m.figure;
  const text = cell.text.slice(m.span[0] - cell.start, m.span[1] - cell.start);
  const parsed = safeParseFigure(`${text}${unit === '％' ? '%' : /^百分[点點]$/.test(unit) ? '个百分点' : unit}`);
  return parsed.success ? { ...parsed.data, text } : undefined;
}

const PER_BORROWER = /户均|戶均|笔均|筆均|平均每[户戶笔筆家]|单户平均|單戶平均|人均/;
const RATE_CHANGE_LABEL = /(?:增速|增幅|增长率|增長率)(?:变动|變動|变化|變化|增减|增減)/;
// A change column that names its base: 比6月末增加, 较上年末增减, 較上月底增加（%）.
const CHANGE_SINCE_LABEL = /^(?:比|较|較)[^增减減成]{2,10}(?:增加|增减|增減|增长|增長|成长|成長)/;

/** A cell of a change column that names its base (比6月末增加): an increment, or a growth in %, over the basis from then to the cell's date. */
function changeFromBase(read: CellRead, figure: Figure): MeasureRead | null {
  if (!read.since || !read.date) return null;
  const basis = basisBetween(read.date, read.since);
  if (!basis) return null;
  const dimension = figure.unit.dimension;
  if (dimension === 'money') return { measure: 'increment', basis };
  if (dimension === 'percent' && /增长|增長|成长|成長/.test(read.measureLabel)) return { measure: 'growth', basis };
  return null;
}

// A count's label: 户数, 家数, 笔数, 客户数.
const COUNT_LABEL = /户数|戶數|家数|家數|笔数|筆數|客户数|客戶數|人数|人數/;
// A column of the change alone, after the row's own label: 余额变动, 变化, 增减额.
const BARE_CHANGE = /(?:余额|餘額)?(?:变动|變動|变化|變化|增减|增減)(?:额|額|金额|金額)?$/;
const CHANGE_AMOUNT = /^(?:成长|成長|增减|增減|增加|增长|增長|变动|變動|变化|變化|年增)(?:金额|金額|额|額)?$/;
// Words that name loans themselves, not a measure of them.
const LOAN_NOUN = /贷款|貸款|放款|信贷|信貸|授信|融资|融資|存款/;
