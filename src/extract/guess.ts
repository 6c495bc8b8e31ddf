import { stringArg } from '../errors/args.js';
import regionsJson from '../../data/regions.json' with { type: 'json' };

interface RegionEntry {
  readonly code: string;
  readonly name: string;
  readonly nameEn: string;
  readonly level: string;
  readonly parent: string | null;
}

const LEVEL_RANK: Readonly<Record<string, number>> = { province: 0, prefecture: 1, county: 2, district: 2 };

function occurrences(text: string, needle: string): number {
  if (needle.length < 2) return 0;
  let n = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) n++;
  return n;
}

// 潍坊市 → 潍坊, 山东省 → 山东, 市中区 stays (a name shared by several districts).
function shortName(name: string): string {
  return name.length > 2 && /[省市]$/.test(name) ? name.slice(0, -1) : name;
}

/**
 * The region a text is most about, by how often it names each known region (its
 * short name too: 潍坊 for 潍坊市, Zibo for 淄博市). A name several districts share (市中区)
 * counts only when its parent is named as well. `undefined` when none is named.
 *
 * @example
 * guessRegion('潍坊银行业…潍坊金融监管分局…山东') // '370700'
 */
export function guessRegion(text: string): string | undefined {
  stringArg('guessRegion', text, ['text']);
  const { regions, ambiguousNames } = regionsJson as { regions: RegionEntry[]; ambiguousNames: { name: string }[] };
  const ambiguous = new Set(ambiguousNames.map((a) => a.name));
  let best: { code: string; score: number; rank: number } | undefined;
  for (const r of regions) {
    const parent = regions.find((p) => p.code === r.parent);
    if (ambiguous.has(r.name) && !(parent && occurrences(text, shortName(parent.name)) > 0)) continue;
    const english = r.nameEn.split(/[ ,]/)[0] ?? '';
    const score = occurrences(text, shortName(r.name)) + occurrences(text, english);
    if (score === 0) continue;
    const rank = LEVEL_RANK[r.level] ?? 0;
    if (!best || score > best.score || (score === best.score && rank > best.rank)) best = { code: r.code, score, rank };
  }
  return best?.code;
}

const FULL_DATE = /(\d{4})(?:-|年)(\d{1,2})(?:-|月)(\d{1,2})日?/g;
const MONTH_END = /(\d{4})年(\d{1,2})月末/g;

const pad = (n: string): string => n.padStart(2, '0');

/**
 * The date of a text: the latest full date it prints (a dateline such as 2025-09-28),
 * else the latest month-end it speaks of. `undefined` when it prints none.
 *
 * @example
 * guessDocumentDate('Qi Lu Wan Bao·2025-09-28 13:23 …') // '2025-09-28'
 */
export function guessDocumentDate(text: string): string | undefined {
  stringArg('guessDocumentDate', text, ['text']);
  let latest: string | undefined;
  for (const m of text.matchAll(FULL_DATE)) {
    const [, y, mo, d] = m as unknown as [string, string, string, string];
    const iso = `${y}-${pad(mo)}-${pad(d)}`;
    if (Number(mo) >= 1 && Number(mo) <= 12 && Number(d) >= 1 && Number(d) <= 31 && (!latest || iso > latest)) latest = iso;
  }
  if (latest) return latest;
  for (const m of text.matchAll(MONTH_END)) {
    const [, y, mo] = m as unknown as [string, string, string];
    if (Number(mo) < 1 || Number(mo) > 12) continue;
    const last = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    const iso = `${y}-${pad(mo)}-${String(last)}`;
    if (!latest || iso > latest) latest = iso;
  }
  return latest;
}
