// Writes the office-style register fixtures in tests/fixtures/office/: SYNTHETIC files shaped
// like the ones an investment bureau keeps (a merged title row, a 填报单位 / 单位 line, a
// two-row header, 合计 and 小计 rows, a notes sheet, a hidden sheet, GB18030 CSV in 万元,
// 重庆市 prefixes, functional areas, the office's own categories, progress columns, a second
// version with changes). Every project name says it is synthetic; no figure is a real one.
// Run: node scripts/make-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';

const out = new URL('../tests/fixtures/office/', import.meta.url);
mkdirSync(out, { recursive: true });

/** The synthetic projects of version 1: [序号, 名称, 签约单位, 属地, 产业类别, 企业性质, 投资额(亿元), 到位资金(亿元), 项目进展, 开工日期, 负责人] */
const V1 = [
  [1, '测试项目甲（虚构）', '虚构汽车有限公司', '两江新区', '汽车', '民营企业', 120, 30, '已开工', '2022-03-15', '张（虚构）'],
  [2, '测试项目乙（虚构）', '虚构电子股份公司', '西部科学城重庆高新区', '电子信息', '外资企业', 45.5, 0, '前期', '', '李（虚构）'],
  [3, '测试项目丙（虚构）', '虚构能源集团', '重庆市江津区', '新能源', '央企', 80, 80, '投产', '2021-12-01', '王（虚构）'],
  [4, '测试项目丁（虚构）', '虚构家居公司', '永川', '智能家居', '民营企业', 15, 2.5, '在建', '2022/6/30', '赵（虚构）'],
  [5, '测试项目戊（虚构）', '虚构材料公司', '万盛经开区', '新材料', '国有企业', 22, 0, '签约', '', '钱（虚构）'],
  [6, '测试项目己（虚构）', '虚构制造公司', '500110', '智能制造', '民营企业', 8, 1, '已开工', '2022年5月', '孙（虚构）'],
];

/** Version 2: 丁 removed, 庚 added, 乙 started with funds, 己's amount corrected. */
const V2 = [
  V1[0],
  [2, '测试项目乙（虚构）', '虚构电子股份公司', '西部科学城重庆高新区', '电子信息', '外资企业', 45.5, 10, '已开工', '2022-09-01', '李（虚构）'],
  V1[2],
  V1[4],
  [6, '测试项目己（虚构）', '虚构制造公司', '500110', '智能制造', '民营企业', 9, 1, '已开工', '2022年5月', '孙（虚构）'],
  [7, '测试项目庚（虚构）', '虚构软件公司', '渝北区', '软件信息', '民营企业', 12, 0, '前期', '', '周（虚构）'],
];

const sum = (rows, i) => Math.round(rows.reduce((s, r) => s + r[i], 0) * 100) / 100;
const text = (value, extra = {}) => ({ value, ...extra });

/** A bureau workbook: hidden old sheet first, then the table sheet, then notes. */
async function bureauWorkbook(rows, file) {
  const width = 11;
  const title = [text('2021年智博会重大项目签约情况表（SYNTHETIC 测试数据）', { columnSpan: width, fontWeight: 'bold' }), ...Array(width - 1).fill(null)];
  const unitLine = [text('填报单位：虚构区招商局（测试）', { columnSpan: 6 }), ...Array(5).fill(null), text('单位：亿元', { columnSpan: 5 }), ...Array(4).fill(null)];
  const head1 = ['序号', '项目名称', '签约单位', '属地', '产业类别', '企业性质'].map((h) => text(h, { rowSpan: 2 }))
    .concat([text('投资额'), text('到位资金', { rowSpan: 2 }), text('项目进展', { rowSpan: 2 }), text('开工日期', { rowSpan: 2 }), text('负责人', { rowSpan: 2 })]);
  const head2 = [null, null, null, null, null, null, text('亿元'), null, null, null, null];
  const body = rows.map((r) => r.map((v) => (v === '' ? null : text(v))));
  const total = [text('合计', { columnSpan: 6 }), null, null, null, null, null, text(sum(rows, 6)), text(sum(rows, 7)), null, null, null];
  const notes = [[text('填表说明（SYNTHETIC 测试数据，所有数字均为虚构）')], [text('1. 投资额以亿元计。')], [text('2. 项目进展按月更新。')]];
  const old = [[text('旧表（已停用）')], [text('项目名称'), text('区县'), text('投资额')], [text('不应导入的旧行'), text('綦江'), text(1)]];
  const buffer = await writeXlsxFile([
    { data: old, sheet: '旧表' },
    { data: [title, unitLine, head1, head2, ...body, total], sheet: '项目表', columns: [{ width: 6 }, { width: 28 }, { width: 20 }, { width: 18 }] },
    { data: notes, sheet: '填表说明' },
  ]).toBuffer();
  // write-excel-file has no "hidden sheet" option: mark the first sheet hidden in workbook.xml.
  const files = unzipSync(new Uint8Array(buffer));
  const xml = strFromU8(files['xl/workbook.xml']).replace(/<sheet ([^>]*name="旧表"[^>]*)\/>/, '<sheet $1 state="hidden"/>');
  if (!xml.includes('state="hidden"')) throw new Error('could not hide the sheet');
  files['xl/workbook.xml'] = strToU8(xml);
  writeFileSync(new URL(file, out), zipSync(files));
}

/** GB18030 bytes for a text (Node decodes GB18030 but cannot encode it: build the table once). */
function gb18030(s) {
  const table = new Map();
  const dec = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) {
    if (b === 0x7f) continue;
    const ch = dec.decode(new Uint8Array([a, b]));
    if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [a, b]);
  }
  const bytes = [];
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c < 0x80) bytes.push(c);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GB18030 two-byte code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

const csv = (rows) => rows.map((r) => r.map((c) => (/[",\r\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',')).join('\r\n') + '\r\n';

await bureauWorkbook(V1, 'bureau-register-v1.xlsx');
await bureauWorkbook(V2, 'bureau-register-v2.xlsx');

// GB18030 CSV, amounts in 万元 (stated by the header), places with 重庆市 prefixes, no title.
const wan = [
  ['项目名称', '所在地', '所属行业', '投资主体', '投资额（万元）', '备注'],
  ['测试项目子（虚构）', '重庆市江津区', '智能制造', '民企', '350000', 'SYNTHETIC'],
  ['测试项目丑（虚构）', '重庆市渝北区', '数字经济', '民企', '35,000', ''],
  ['测试项目寅（虚构）', '重庆市綦江区', '大健康', '外企', '１２０００', ''],
  ['测试项目卯（虚构）', '重庆市两江新区', '汽车', '央企', '3.5亿', ''],
];
writeFileSync(new URL('wanyuan-gb18030.csv', out), gb18030(csv(wan)));

// No unit anywhere, numbers that look like 万元: the user must confirm a unit, with a warning.
writeFileSync(new URL('no-unit.csv', out), csv([['项目名称', '区县', '签约金额'], ['测试项目A（虚构）', '綦江', '150000'], ['测试项目B（虚构）', '涪陵', '80000'], ['测试项目C（虚构）', '垫江', '25000']]));

// A totals row that does not match its rows, and a subtotal that does.
writeFileSync(
  new URL('totals-mismatch.csv', out),
  csv([
    ['单位：亿元'],
    ['项目名称', '区县', '总投资'],
    ['一、智能制造', '', ''],
    ['测试项目1（虚构）', '綦江', '10'],
    ['测试项目2（虚构）', '涪陵', '5'],
    ['小计', '', '15'],
    ['二、数字经济', '', ''],
    ['测试项目3（虚构）', '渝北', '7'],
    ['小计', '', '7'],
    ['合计', '', '30'],
  ]),
);
console.log('fixtures written to tests/fixtures/office/');
