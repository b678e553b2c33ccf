import type { Lang } from './lang.js';
import type { OutputFailureArgs } from '../node/writeOutput.js';

type OutputFailures = { [C in keyof OutputFailureArgs]: (args: OutputFailureArgs[C]) => string };

/** The messages of the failures of `--out`, per language; merged into the labels' failures. */
export const outputFailures: Record<Lang, OutputFailures> = {
  nl: {
    'out-protected': (a) =>
      `Schrijft niet naar ${a.path}: ` +
      {
        yaml: 'een .yaml- of .yml-bestand kan een plan zijn; kies een andere bestandsnaam.',
        input: 'dat is een plan dat gelezen wordt; kies een ander bestand.',
        'plans-folder': 'dat ligt in de map met plannen; kies een plek buiten die map.',
      }[a.reason],
  },
  en: {
    'out-protected': (a) =>
      `Will not write to ${a.path}: ` +
      {
        yaml: 'a .yaml or .yml file may be a plan; choose another file name.',
        input: 'it is a plan being read; choose another file.',
        'plans-folder': 'it is inside the folder of plans; choose a place outside it.',
      }[a.reason],
  },
};
