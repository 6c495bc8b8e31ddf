// The command line's text options (--region, --document-date, --billion), with the
// region and the date guessed from the text when not given. Shared by `check FILE`,
// `extract FILE` and the streaming mode, so a document reads the same in each.
import { guessDocumentDate, guessRegion } from '../extract/guess.js';

/** The options of the command line that concern how a text is read. */
export interface TextFlags {
  readonly region?: string | undefined;
  readonly 'document-date'?: string | undefined;
  readonly billion?: string | undefined;
}

/** The extraction options of a text: the flags given, else the region and date the text names most. */
export function textOptions(text: string, values: TextFlags): { region?: string; documentDate?: string; billion?: 'yi' | 'billion' } {
  const region = values.region ?? guessRegion(text);
  const documentDate = values['document-date'] ?? guessDocumentDate(text);
  return {
    ...(region ? { region } : {}),
    ...(documentDate ? { documentDate } : {}),
    ...(values.billion === 'yi' || values.billion === 'billion' ? { billion: values.billion } : {}),
  };
}
