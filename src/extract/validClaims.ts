import type { Claim } from '../check/claim.js';
import { validateClaims } from '../check/validate.js';
import { WupianError } from '../errors/WupianError.js';

/**
 * The claims the readers built, split into those the checker takes and those it would
 * refuse (a reader's slip: a flow's span made from a date it cannot have), each with the
 * checker's reason — so that reading a text never throws and no figure is silently dropped.
 *
 * @example
 * splitValid([claim, { ...claim, period: { from: 'unda-01-01', to: 'undated' } }]).invalid.length // 1
 */
export function splitValid(claims: readonly Claim[]): { valid: Claim[]; invalid: { claim: Claim; message: string }[] } {
  const valid: Claim[] = [];
  const invalid: { claim: Claim; message: string }[] = [];
  for (const claim of claims) {
    try {
      validateClaims([claim], 'extractClaims');
      valid.push(claim);
    } catch (e) {
      if (!(e instanceof WupianError)) throw e;
      invalid.push({ claim, message: e.message });
    }
  }
  return { valid, invalid };
}
