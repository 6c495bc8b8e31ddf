import type { Figure } from '../figure/figure.js';
import type { Basis, Measure } from '../domain/observation.js';
import type { Period } from '../domain/primitives.js';

/** The levels whose changes in points a claim can state and the network relates: interest rates, rates of access, ratios. */
export type LevelKind = 'interest-rate' | 'access-rate' | 'ratio';
/** Every {@link LevelKind}, for checks. */
export const LEVEL_KINDS: readonly LevelKind[] = ['interest-rate', 'access-rate', 'ratio'];

/** Where a claim was stated. */
export interface ClaimSource {
  /** The document it was stated in. */
  readonly document?: string;
  /** The passage that states it. */
  readonly excerpt?: string;
  /** The 1-based paragraph (non-empty line) of the document. */
  readonly paragraph?: number;
  /** [start, end) in the original text. */
  readonly span?: readonly [number, number];
}

/**
 * One stated figure with what it is about: the unit the checker works on. The
 * extractor makes claims from text; `claimsFromDocument` makes them from data.
 */
export interface Claim {
  /** The claim id, unique among the claims checked together. */
  readonly id: string;
  /**
   * What the figure is about: an indicator id of the catalog (green-loans, total-loans …), or
   * `subject:<words>` for a subject the catalog does not know (subject:制造业中长期贷款), which is
   * compared with the figures of the same words.
   */
  readonly indicator: string;
  /** The subject as the text words it (科技型中小企业贷款, "loans to tech SMEs"), scope words left out. */
  readonly subject?: string;
  /** A sub-population that makes the figure its own quantity: an industry's green loans, 单位 of 单位绿色贷款. */
  readonly part?: string;
  /**
   * The quantity a figure's subject is a part of, as the network keys it (`quantityOf`), when
   * the text says so (其中…, 分用途看…): its balance is at most the whole's.
   */
  readonly within?: string;
  /**
   * Who: 'region:370700', 'institution:psbc-weifang'; from texts also 'bank:<name>' (a bank
   * the catalog lacks), 'place:济南市' (a place it lacks), 'entity:group' / 'entity:bank'
   * (本集团 / 本行 of an annual report), 'banks:工商银行+农业银行' (banks together: 两家银行合计),
   * 'places:甲县+乙县' (places together: 两县…合计占全市的),
   * 'case:…' (one case study); or any stable key.
   */
  readonly holder: string;
  /** As-of date of a stock, or the end of the period of a flow (yyyy-MM-dd). */
  readonly date: string;
  /** The period of a flow (新增 over a half-year), when it has one. */
  readonly period?: Period;
  /** What the figure measures: balance, increment, growth, share, gap … */
  readonly measure: Measure;
  /** The basis of a growth, increment or change: ytd, yoy, mom, qoq. */
  readonly basis?: Basis;
  /** For a gap: the benchmark indicator (各项贷款). */
  readonly benchmark?: string;
  /** The scope of the figure when the text states it: 本外币, 人民币, 境内, 折合人民币 … (人民币各项贷款). */
  readonly scope?: string;
  /** The currency scope of the benchmark when the text states it. */
  readonly benchmarkScope?: '人民币' | '本外币';
  /** For a gap to another holder's rate (高于全国同期增速): that holder ('national', 'region:370000', 'peers'). */
  readonly benchmarkHolder?: string;
  /**
   * For a change against a date no basis spans (占比较2020年末提高9.1个百分点 at 2024年末): that
   * date; `basis` is then absent.
   */
  readonly since?: string;
  /** For a rate-change (比上年末高0.8个百分点): the basis of the rate that changed (yoy); `basis` is the change's. */
  readonly rateBasis?: Basis;
  /**
   * For a rate-change of a level that is no growth rate (利率3.48%，比上年同期低36个基点; 获贷率…高2.8个百分点):
   * that level's measure; `rateBasis` is then absent. For a gap between two levels (不良率…较各项贷款不良率低0.83个百分点):
   * their kind, the benchmark's level being of the same kind.
   */
  readonly rateOf?: LevelKind;
  /** For a share: the whole. */
  readonly of?: string;
  /** For a share of another holder's whole (占全省绿色贷款的12.5%, a bank's share of the city's): that holder. */
  readonly ofHolder?: string;
  /** A share of flows (new loans) rather than of balances; a progress measured by the flow (完成三年新增目标的). */
  readonly flow?: boolean;
  /**
   * Of a growth or a difference of flows (累计发放…，同比增长9.5%; 同比多发放1.34亿元): the flows are what
   * was lent over `period` (gross), not the change of the balance.
   */
  readonly gross?: boolean;
  /**
   * For a progress toward a goal of another span than its year's (完成2027年目标的58.6%, 完成三年目标的26.7%):
   * that goal's deadline.
   */
  readonly goalDeadline?: string;
  /** The figure as stated. */
  readonly figure: Figure;
  /** Where it was stated. */
  readonly source?: ClaimSource;
  /** The text is an English machine summary whose "billion yuan" renders 亿元. */
  readonly mistranslatedBillion?: boolean;
}

/**
 * A goal with a deadline, as a text states it: 工业贷款余额达109亿元以上 by the end of
 * the three-year plan. A goal is a floor unless its figure says otherwise (以下, 以内,
 * 不超过): 新增工业贷款53亿元 means at least 53亿元.
 */
export interface TargetClaim {
  /** The goal id. */
  readonly id: string;
  /** Who is to reach it: a region, a bank, or any stable key (as for a Claim). */
  readonly holder: string;
  /** Indicator id when the catalog knows what the goal is about. */
  readonly indicator?: string;
  /** What the goal measures, when known. */
  readonly measure?: Measure;
  /** 'period': a flow over `period` (新增…over the three years of a plan). */
  readonly basis?: Basis | 'period';
  /** What the goal is about in the text's own words. */
  readonly about: string;
  /** The goal as stated (109亿元以上). */
  readonly figure: Figure;
  /** The date by which the goal is to be reached (yyyy-MM-dd). */
  readonly deadline: string;
  /** For a flow (新增…53亿元 over three years): the period it is to be reached over. */
  readonly period?: Period;
  /** Where it was stated. */
  readonly source?: ClaimSource;
}

/**
 * Any other stated figure: a policy's parameter (按贷款额的2%予以贴息, 最高500万元, 25条
 * 政策), a fact of a bank's case study (5天, 两家企业, 1300亩) or a count the indicator
 * catalog has no name for. The checker has no relation for it; it is kept, with what it
 * is about in the text's words, so that no figure is dropped.
 */
export interface FactClaim {
  /** The fact id. */
  readonly id: string;
  /** 'policy': a parameter of a measure; 'case': a figure of a bank's case study. */
  readonly context: 'policy' | 'case' | 'other';
  /** What the figure counts or measures, in the text's words (新政策, 服务老人, other departments). */
  readonly about: string;
  /** The bank of a case, else the region (as for a Claim). */
  readonly holder: string;
  /** The as-of date when its sentence states one. */
  readonly date?: string;
  /** What the figure is as a policy's term, when a reader saw it (see {@link PolicyTerm}): the checker relates such facts. */
  readonly term?: PolicyTerm;
  /** The figure as stated. */
  readonly figure: Figure;
  /** Where it was stated. */
  readonly source?: ClaimSource;
}

/**
 * A policy figure as the term of an instrument: which parameter of which instrument or fund it
 * states (额度 of 科技创新再贷款), or how it stands to another fact of the text — the same value
 * said again (150个基点，也就是1.5个百分点), a part of a whole (额度中单列1000亿元), or the change
 * between two values (在40%的基础上再提高10个百分点，即50%). Facts are referred to by id.
 */
export interface PolicyTerm {
  /** The instrument, tool or fund the figure is a parameter of, in the text's words. */
  readonly instrument?: string;
  /** The parameter it states (额度, 利率, 贴息, 期限 …), with a per-unit word when it has one (单户:最高). */
  readonly parameter?: string;
  /** The fact this figure states again in other words (即, 也就是). */
  readonly restates?: string;
  /** The fact whose whole this figure is a part of (…中单列, 其中). */
  readonly within?: string;
  /** This figure is the change from one fact to another (or the rest of one after another): after − before = sign × this. */
  readonly change?: {
    /** The fact it changes from. */
    readonly before: string;
    /** The fact it changes to. */
    readonly after: string;
    /** 1 for a rise (提高), -1 for a fall or the rest after a share (降低, 其余). */
    readonly sign: 1 | -1;
  };
  /** This figure is one fact times a percentage another states: 100万元贷款 × 1% = 1万元. */
  readonly product?: {
    /** The fact the percentage is taken of (100万元). */
    readonly of: string;
    /** The fact that states the percentage (1%). */
    readonly rate: string;
  };
  /** This figure is the result of a calculation the text prints (50万元÷100万元×10万元=5万元): operands in order, worked left to right. */
  readonly formula?: {
    /** The facts of the calculation, in the order it prints them. */
    readonly operands: readonly string[];
    /** The operators between them, one fewer than the operands. */
    readonly operators: readonly Operator[];
  };
}

/** An operator of a printed calculation. */
export type Operator = '×' | '÷' | '+' | '−';
