// Says once, at the start of a run, whether the tests that need the source documents'
// full texts run or are skipped (each such test's title says so too).
import { HAS_SEEDS, NEEDS_SEEDS, SEEDS_LOOKED_AT } from './seedsLocation.js';

export default function setup(): void {
  if (!HAS_SEEDS) {
    process.stdout.write(
      `\nwupian: the source texts are not at ${SEEDS_LOOKED_AT}: the tests marked ${NEEDS_SEEDS} are skipped.\n` +
        `        Set WUPIAN_SEEDS to the folder of 000_….txt … 004_….txt to run them.\n\n`,
    );
  }
}
