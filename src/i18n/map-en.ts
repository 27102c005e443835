/** The district map's words in English (the shape is map-zh.ts). */
import type { MapMessages } from './map-zh';

export const mapEn: MapMessages = {
  measureLabel: 'Colour districts by',
  zoomAll: 'Whole city',
  zoomCentral: 'Zoom to central districts',
  loading: 'Loading the map…',
  error: 'The map could not be loaded; the district list below still works.',
  legendTitle: (m) => `Legend: ${m}`,
  legendUnstated: 'Named project(s), amount not published',
  amountUnstated: (n) => `${n} without a published amount`,
  schematic: 'Boundaries are schematic.',
  districtLevel: 'Project locations are district-level only.',
  contextNote: (a, total) => `Sichuan and Guizhou: a further ${a} signed, outside the ${total}.`,
  listTitle: 'District list',
  more: (n) => `… and ${n} more`,
  search: 'Find a district',
  searchPlaceholder: 'Name or code, e.g. Qijiang, 綦江',
  noMatch: 'No district matches.',
  selected: 'selected',
  attribution: 'Boundaries: Apache ECharts 4.9.0 (Apache-2.0), schematic',
  sichuan: 'Sichuan',
  guizhou: 'Guizhou',
};
