/**
 * The one message shown before any catalog is here: the language's own catalog (a chunk) could
 * not load, so the page says so in both languages, with a retry that reloads the page.
 */
export const PAGE_NOT_LOADED = {
  zh: '页面未能加载：网络可能中断，或网站已更新。网络恢复后请点“重试”。',
  en: 'The page could not be loaded: the network may be down, or the site was updated. Choose Retry once the network is back.',
  retry: '重试 / Retry',
} as const;
