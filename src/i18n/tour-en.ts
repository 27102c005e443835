/** The tour editor's words in English (the shape is tour-zh.ts). */
import { pluralOf } from './plural';
import type { TourMessages } from './tour-zh';

const plural = pluralOf('en');

export const tourEn: TourMessages = {
  title: 'Edit the tour',
  intro: 'A tour is a list of scenes; each scene is a saved set of filters with a title and a one-line talking point. The tour is kept in this browser and can be exported as a JSON file.',
  close: 'Close',
  scenes: 'Scenes',
  up: 'Move up',
  down: 'Move down',
  remove: 'Delete',
  show: 'Present',
  addTitle: 'Add the current view as a scene',
  fieldTitleZh: 'Title (Chinese)',
  fieldTitleEn: 'Title (English)',
  fieldPointZh: 'Talking point (Chinese)',
  fieldPointEn: 'Talking point (English)',
  panels: 'Panels',
  add: 'Add scene',
  added: 'Added.',
  full: 'The tour is full.',
  exportJson: 'Export JSON',
  importJson: 'Import JSON',
  reset: 'Restore the default tour',
  importOk: (n) => `Imported ${n} ${plural(n, { one: 'scene', other: 'scenes' })}.`,
  importFailed: 'The file was not imported; the tour is unchanged. Problems:',
  unreadable: 'Could not read it: not a valid JSON file.',
  loadProblem: 'The saved tour could not be read; the default tour is used instead.',
  pickPanels: 'Choose one or two panels',
};
