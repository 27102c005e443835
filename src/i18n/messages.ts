/**
 * The shape of the UI text catalog. Each language's catalog is its own module (zh-CN.ts,
 * en.ts) so the page loads only the one in use (catalogs.ts); both must match this shape key
 * for key (checked by the type system). Add a message here and to both catalogs.
 */
import type { Basis, InvestorKey, SectorKey, SigningKey, SizeKey } from '../data/types';
import type { KpiKey } from '../domain/engine';
import type { ProgressMessages } from './progress-messages';

export interface Messages {
  appTitle: string;
  appSubtitle: string;
  skipToContent: string;
  langSwitch: string;
  langName: { zh: string; en: string };
  loading: string;
  loadError: string;
  retry: string;
  panelError: (panel: string) => string;
  panelErrorDetail: string;
  kpiLabel: Record<KpiKey, string>;
  kpiUnitProjects: string;
  basis: Record<Basis, string>;
  basisHelp: Record<Basis, string>;
  notPublished: string;
  coverage: (c: { projects: number; of: number; amount: string; amountOf: string; unstated: number; notStated: number }) => string;
  derivation: (d: string) => string;
  source: string;
  sources: string;
  sourcesTitle: string;
  sourcesIntro: string;
  sourceUse: string;
  sourceDate: string;
  sourceWhere: string;
  dateUnknown: string;
  regions: { filters: string; map: string; charts: string; projects: string; kpis: string; progress: string };
  summaryAll: string;
  removeFilter: string;
  clearAll: string;
  noFilters: string;
  summaryPublished: string;
  summaryItemized: string;
  summaryMixed: string;
  summaryComplete: string;
  dropped: { title: string; dismiss: string; item: (param: string, value: string, reason: string) => string; reasons: Record<'unknown-param' | 'unknown-value' | 'duplicate-param', string> };
  sector: Record<SectorKey, string>;
  investor: Record<InvestorKey, string>;
  size: Record<SizeKey, string>;
  signing: Record<SigningKey, string>;
  dimension: { districts: string; sectors: string; investors: string; sizes: string; signing: string; stages: string; years: string };
  unclassified: string;
  unclassifiedRows: (n: number) => string;
  tableKey: string;
  tableView: string;
  measureLabel: string;
  chartNotPublished: string;
  chartNoNamed: string;
  noProjects: string;
  noProjectsHint: string;
  showOnMap: string;
  pager: { label: string; prev: string; next: string; status: (from: number, to: number, total: number) => string };
  colDistrict: string;
  colPartner: string;
  colProject: string;
  colAmount: string;
  tableProjects: string;
  tableInvestment: string;
  sizeNote: string;
  sectorNote: (amount: string, share: string) => string;
  signingNote: (venue: number, offSite: number) => string;
  editionsTitle: string;
  editionsNote: string;
  editionsFiltersIgnored: string;
  editionsYear: string;
  editionsMethod: Record<'all-signings' | 'major-projects', string>;
  online: string;
  chartTitle: { sector: string; investor: string; size: string; signing: string };
  amountNotStated: string;
  approx: string;
  insideNotStated: string;
  liangjiang: string;
  /** Functional areas as places (reporting units beside the districts, not administrative divisions). */
  place: {
    /** The place dimension's name when the selection holds an area. */
    dimensionWithAreas: string;
    area: string;
    colPlace: string;
    /** Label on the map overlay. */
    overlayLabel: (name: string) => string;
    listTitle: string;
    listIntro: string;
    legend: string;
    mapNote: string;
    notStated: (n: number) => string;
    tooltipNote: string;
  };
  /** Row details in the project table: what the file said that the table's columns do not show. */
  rowDetails: {
    toggle: string;
    toggleLabel: (project: string) => string;
    title: string;
    categories: string;
    extra: string;
    note: string;
    nothing: string;
    unclassifiedOriginal: (text: string) => string;
    original: (text: string) => string;
    csvOriginal: (column: string) => string;
    field: Record<'sector' | 'investor' | 'signing' | 'stage', string>;
  };
  /** The header's import control. */
  importRegister: string;
  otherProvincesNote: (amount: string, total: string) => string;
  footerNote: string;
  exportMeta: { title: string; filters: string; basis: string; source: string; lang: string; exported: string; url: string };
  /** The XLSX workbook's sheet names and the provenance sheet's column headers. */
  exportXlsx: { sheetData: string; sheetProvenance: string; field: string; value: string };
  exportUi: {
    menu: string;
    format: { png: string; svg: string; csv: string; xlsx: string; slide: string; slide4k: string };
    pageSlide: string;
    pageSlide4k: string;
    failed: string;
    nothingDrawn: string;
    page: string;
    print: string;
    columns: { key: string; label: string; projects: string; projectsBasis: string; investment: string; investmentBasis: string; code: string; district: string; named: string; amount: string; unstated: string; year: string; method: string; online: string; source: string };
  };
  share: { button: string; title: string; intro: string; copy: string; copied: string; copyFailed: string; qr: string; close: string };
  present: {
    enter: string;
    tour: (n: number) => string;
    sceneOf: (n: number, of: number) => string;
    touring: (seconds: number) => string;
    paused: string;
    manual: string;
    controls: string;
    prev: string;
    next: string;
    pause: string;
    resume: string;
    blackout: string;
    blackoutLabel: string;
    fullscreen: string;
    editTour: string;
    leave: string;
    sourcesNote: string;
    more: (n: number) => string;
    progress: string;
  };
  tourEditor: {
    title: string;
    intro: string;
    close: string;
    scenes: string;
    up: string;
    down: string;
    remove: string;
    show: string;
    addTitle: string;
    fieldTitleZh: string;
    fieldTitleEn: string;
    fieldPointZh: string;
    fieldPointEn: string;
    panels: string;
    add: string;
    added: string;
    full: string;
    exportJson: string;
    importJson: string;
    reset: string;
    importOk: (n: number) => string;
    importFailed: string;
    unreadable: string;
    loadProblem: string;
    panelName: Record<'map' | 'sector' | 'investor' | 'size' | 'signing' | 'editions' | 'projects' | 'progress' | 'monthly', string>;
    pickPanels: string;
  };
  map: {
    measureLabel: string;
    measure: { amount: string; count: string };
    zoomAll: string;
    zoomCentral: string;
    loading: string;
    error: string;
    legendTitle: (measure: string) => string;
    legendNone: string;
    legendUnstated: string;
    noNamed: string;
    named: (n: number) => string;
    amountStated: (amount: string) => string;
    amountUnstated: (n: number) => string;
    basisLine: string;
    schematic: string;
    districtLevel: string;
    contextNote: (amount: string, total: string) => string;
    listTitle: string;
    more: (n: number) => string;
    search: string;
    searchPlaceholder: string;
    noMatch: string;
    selected: string;
    attribution: string;
    sichuan: string;
    guizhou: string;
  };
  data: {
    button: (name: string) => string;
    published: string;
    title: string;
    intro: string;
    close: string;
    datasets: string;
    rows: (n: number) => string;
    rejected: (n: number) => string;
    importedOn: (date: string) => string;
    show: string;
    shown: string;
    remove: string;
    confirmRemove: (name: string) => string;
    cancel: string;
    storageFailed: (detail: string) => string;
    removed: (name: string) => string;
    importTitle: string;
    choose: string;
    drop: string;
    dropActive: string;
    templates: string;
    templateZh: string;
    templateEn: string;
    phase: Record<'read' | 'parse' | 'check' | 'save', string>;
    progress: string;
    unchanged: string;
    fileLine: (name: string, kind: string, encoding: string | null) => string;
    mappingTitle: string;
    mappingIntro: string;
    required: string;
    none: string;
    missing: (fields: string) => string;
    unused: (headers: string) => string;
    parseProblems: string;
    summary: (read: number, accepted: number, rejected: number) => string;
    blank: (n: number) => string;
    errorsTitle: string;
    errorColumns: { row: string; column: string; value: string; problem: string };
    errorsMore: (n: number) => string;
    downloadErrors: string;
    name: string;
    importButton: (n: number) => string;
    nothingToImport: string;
    imported: (name: string, n: number, ms: string) => string;
    reconTitle: string;
    reconIntro: string;
    reconColumns: { dimension: string; key: string; published: string; register: string; difference: string; projects: string; amount: string };
    reconTotal: string;
    notPublished: string;
    missingTitle: string;
    missingBody: (id: string) => string;
    siteMissingBody: (id: string) => string;
    loadFailed: (id: string, detail: string) => string;
    showPublished: string;
    openImport: string;
    storageNote: string;
  };
  /** The installed / offline app (service worker). */
  pwa: { updateAvailable: string; reload: string; later: string; fullscreenReady: string; fullscreenGo: string };
  /** The unit after a project count, agreeing with it ("1 project", "2 projects"; Intl.PluralRules). */
  projectsUnit: (n: number) => string;
  /** A KPI whose full figure was not published: its headline, and the named-project figure as a secondary line. */
  kpiUnpublished: { headline: string; named: (value: string) => string };
  /** Hardening (issue 14): capped notices, presentation notices, failed saves, other tabs, limits, damaged storage. */
  safety: SafetyMessages;
  /** Editions 2018–2025, the progress panel and month-over-month (issue 15). */
  /** A phone's first screen: the sentence on what a link shows, the tools menu, the district picker and the map's gesture hint. */
  phone: {
    /** The sentence's subject when no filter is set. */
    everything: string;
    /** Between two filters' values ("綦江区 · 智能制造"). */
    filterJoin: string;
    /** Both headline figures as published (or derived from published figures). */
    published: (where: string, projects: string, amount: string) => string;
    /** Both summed over a full register. */
    complete: (where: string, projects: string, amount: string) => string;
    /** Neither was published for the selection: what the named projects add up to (n of them; amount null when none states one). */
    named: (where: string, projects: string, n: number, amount: string | null) => string;
    /** A number of projects ("12个" / "12 projects"), from the formatted count and the number. */
    projects: (count: string, n: number) => string;
    /** One figure known one way, the other another: each part from `part`. */
    mixed: (where: string, projects: string, investment: string) => string;
    part: { published: (label: string, value: string) => string; complete: (label: string, value: string) => string; named: (label: string, value: string) => string };
    tools: string;
    exportItem: (what: string) => string;
    pickPlaces: (n: number, names: string) => string;
    pickerTitle: string;
    pickerDone: string;
    mapHint: string;
  };
  progress: ProgressMessages;
}

export interface SafetyMessages {
  /** "… and 994 more of the same kind (repeated parameter)". */
  moreOfKind: (count: number, kind: string) => string;
  /** An entry that stands for n identical ones. */
  times: (n: number) => string;
  /** Presentation notices: the key that dismisses them. */
  dismissKey: string;
  presentMissing: (id: string) => string;
  /** Under the scene counter once the notice is dismissed. */
  presentFallback: (id: string) => string;
  tourNotSaved: (scenes: number) => string;
  tourImportedNotSaved: (scenes: number) => string;
  tourTooLarge: (size: string, max: string) => string;
  tourOtherTab: (scenes: number) => string;
  tourOtherTabReset: string;
  downloadProblems: string;
  problemsCount: (shown: number, total: number) => string;
  damagedTitle: string;
  damagedBody: (id: string, bad: number, rows: number) => string;
  repair: (kept: number) => string;
  deleteRegister: string;
  repaired: (kept: number, dropped: number) => string;
  indexDamaged: (n: number) => string;
  indexUnreadable: string;
  repairIndex: string;
  deleteEntry: (name: string) => string;
}
