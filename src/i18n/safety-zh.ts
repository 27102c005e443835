/** Notices for what went wrong (capped lists, tours not saved, damaged registers, other tabs) in Chinese; its shape is SafetyMessages (safety-en.ts follows it). Loaded with the notices, never on the first view. */
export const safetyZh = {
  moreOfKind: (count: number, kind: string) => `……另有 ${count.toLocaleString('zh-CN')} 项同类问题（${kind}）`,
  times: (n: number) => `×${n}`,
  dismissKey: '按 N 键关闭提示',
  presentMissing: (id: string) => `链接中的名录 ${id} 不在本浏览器中，现在显示的是已公布数字。`,
  presentFallback: (id: string) => `数据：已公布数字（名录 ${id} 不在本浏览器中）`,
  tourNotSaved: (n: number) => `导览（${n} 个场景）未能保存到本浏览器（存储已满或被禁用）：关闭此标签页后将恢复为之前的导览。请导出为文件保存。`,
  tourImportedNotSaved: (n: number) => `已读取 ${n} 个场景，但未能保存到本浏览器（存储已满或被禁用）：仅在此标签页中有效，重新加载后会恢复为之前的导览。请保留该文件或导出。`,
  tourTooLarge: (size: string, max: string) => `文件大小为 ${size}，导览文件最大 ${max}，未读取。`,
  tourOtherTab: (n: number) => `导览已在另一个标签页中更改，此处已同步为该导览（${n} 个场景）。`,
  tourOtherTabReset: '导览已在另一个标签页中恢复为默认导览，此处已同步。',
  downloadProblems: '下载全部问题（CSV）',
  problemsCount: (shown: number, total: number) => `显示 ${shown} / ${total} 项问题`,
  damagedTitle: '本浏览器中保存的名录已损坏',
  damagedBody: (id: string, bad: number, rows: number) => `名录 ${id} 的 ${rows} 行中有 ${bad} 行无法读取（数值不是有限的非负数、键不认识或列长度不一致），因此不显示该名录，现在显示已公布数字。可修复（删去无法读取的行，保留其余）或删除。`,
  repair: (kept: number) => `修复：保留 ${kept} 行`,
  deleteRegister: '删除此名录',
  repaired: (kept: number, dropped: number) => `已修复：保留 ${kept} 行，删去 ${dropped} 行无法读取的行。`,
  indexDamaged: (n: number) => `本浏览器保存的名录列表中有 ${n} 项已损坏，未列出。`,
  indexUnreadable: '本浏览器保存的名录列表已损坏，无法读取。',
  repairIndex: '修复列表（删去损坏的项）',
  deleteEntry: (name: string) => `删除损坏的项：${name}`,
};

export type SafetyMessages = typeof safetyZh;
