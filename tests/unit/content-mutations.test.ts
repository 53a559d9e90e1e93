// Mutation tests for `npm run content:check`: a copy of the project has one fact changed the way a person
// might mistype it, and the check must fail with the exact line that names the file, the field and the fact.
import assert from 'node:assert/strict'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { projectCopy, removeCopies, runScript } from '../support/project-copy'
import { MAX_WORDS_LENGTH } from '#src/domain/links/link-targets'
import { originals } from '#src/packages/issue-2022-03/original'

after(removeCopies)

interface Mutation {
  name: string
  file: string
  from: string
  to: string
  expected: string
}

const DOCS = 'src/content/issues/2022-03/documents'
/** What content:check says of a generated file that is not what a generation made now gives. */
const RULES = 'src/content/issues/2022-03/rules'
/** Words of the 原文 one character longer than a link to the 原文 carries. */
const overlong = originals['lzbf2022-34'].blocks.find((block) => block.id === '七（一）')!.text.slice(8, 9 + MAX_WORDS_LENGTH)
/** The summary of lzbf2022-29 as written (the 【待填写】 hint is shown in full, never cut off). */
const summary29 = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', DOCS, 'lzbf2022-29.json'), 'utf8')) as { summary: string })
  .summary
/** content:check's line for generated files that differ from a generation made now: what they are, never their path. */
const stale = (kind: string) =>
  `src/content/issues: (自动生成的文件): ${kind}和现在的内容对不上：改了内容还没有重新生成，或者有人手改了生成的文件（手改的会被覆盖，要改请改 issues 下的文件）。不用手改：构建时会自动重新生成；只想检查的话，运行 npm run generate，它重新生成后会再检查一遍。`
const ORIGINAL = '原文页（按 source.txt 和 corrections 里的改正生成）'
const INDEX = 'App 读内容用的索引和页面（按 issues 下的文件夹和 JSON 文件生成）'
/** content:check's line for quoted words printed more than once: the app would open the 原文 at the first. */
const twice = (words: string, times: number, where = '这份文件的原文') =>
  `“${words}”在${where}里出现了${times}次，居民点开会跳到第一处：请多选几个字，让它只出现一次`
/** content:check's line for a rule value printed in its words but standing where another value citing them stands. */
const swapped = (value: string, words: string, label: string, expected: string) =>
  `${value}不是这一项的数：引的原文“${words}”印着几个数，这一项（${label}）的数应当在“${expected}”里（同一句原文引在2项里时，按它们在文件里的先后，一项对一个数）。是不是和另一项的数写反了？`
const mutations: Mutation[] = [
  {
    name: 'a key point’s words printed twice in the 原文',
    file: `${DOCS}/lzbf2022-31.json`,
    from: '"source": "对全区所有城乡自建房进行全面排查"',
    to: '"source": "所有城乡自建房"',
    expected: `${DOCS}/lzbf2022-31.json:24: keyPoints[0].source: ${twice('所有城乡自建房', 2)}`,
  },
  {
    name: 'a date’s words as short as a year',
    file: `${DOCS}/lzbf2022-33.json`,
    from: '"source": "2022年我区重点支持"',
    to: '"source": "2022年"',
    expected: `${DOCS}/lzbf2022-33.json:56: dates[0].source: ${twice('2022年', 13)}`,
  },
  {
    // A clause written as an annex row gives the link no anchor: the 原文 opens where the words are printed first.
    name: 'a rule citing an annex row with words printed first above the table',
    file: `${RULES}/agri-funds.json`,
    from: '"words": "4月-11月"',
    to: '"words": "农村环境"',
    expected: `${RULES}/agri-funds.json:13: tools.yulu-gaice.cite.words: ${twice('农村环境', 2, '离政发〔2022〕33号的原文')}`,
  },
  {
    name: 'a key point amount changed from 每人350元 to 360元',
    file: `${DOCS}/lzbf2022-34.json`,
    from: '个人缴费每人350元',
    to: '个人缴费每人360元',
    expected: `${DOCS}/lzbf2022-34.json:24: keyPoints[0].text: “360元”在这份文件的原文里找不到（2022年预收2023年城乡居民个人缴费每人360元，按年度一次性足额缴纳；原则上以户为单位参保。）`,
  },
  {
    name: 'an amount printed in another document of the issue (1500元 of 就业帮扶 in the 医保 key point)',
    file: `${DOCS}/lzbf2022-34.json`,
    from: '个人缴费每人350元',
    to: '个人缴费每人1500元',
    expected: `${DOCS}/lzbf2022-34.json:24: keyPoints[0].text: “1500元”在这份文件的原文里找不到（2022年预收2023年城乡居民个人缴费每人1500元，按年度一次性足额缴纳；原则上以户为单位参保。）`,
  },
  {
    name: 'a calculator rate changed from 1500 to 1510',
    file: `${RULES}/lzbf2022-26.json`,
    from: '"value": 1500,\n      "unit": "元/人·年"',
    to: '"value": 1510,\n      "unit": "元/人·年"',
    expected: `${RULES}/lzbf2022-26.json:33: jiuye.transport.crossProvince.value: 1510元/人·年和引用的原文“跨省务工的补贴标准从最高不超过800元提高到1500元”不符`,
  },
  {
    // Both amounts are printed in the words the two values cite: only their order there tells them apart.
    name: 'two rule amounts citing one sentence swapped (低保对象个人缴纳 70元 ↔ 定额资助 280元)',
    file: `${RULES}/lzbf2022-34.json`,
    from: '"value": 70,\n      "unit": "元/人",\n      "period": {\n        "from": "2022-09-01",\n        "to": "2022-12-25"\n      },\n      "cite": {\n        "docId": "lzbf2022-34",\n        "clause": "三、（二）",\n        "words": "低保对象个人缴纳70元,定额资助280元"\n      }\n    },\n    {\n      "id": "yibao.dibao.subsidy",\n      "label": "低保对象定额资助",\n      "value": 280,',
    to: '"value": 280,\n      "unit": "元/人",\n      "period": {\n        "from": "2022-09-01",\n        "to": "2022-12-25"\n      },\n      "cite": {\n        "docId": "lzbf2022-34",\n        "clause": "三、（二）",\n        "words": "低保对象个人缴纳70元,定额资助280元"\n      }\n    },\n    {\n      "id": "yibao.dibao.subsidy",\n      "label": "低保对象定额资助",\n      "value": 70,',
    expected: `${RULES}/lzbf2022-34.json:67: yibao.dibao.subsidy.value: ${swapped('70元/人', '低保对象个人缴纳70元,定额资助280元', '低保对象定额资助', '定额资助280元')}`,
  },
  {
    name: 'the other of the two swapped amounts names its own words',
    file: `${RULES}/lzbf2022-34.json`,
    from: '"label": "低保对象个人缴纳",\n      "value": 70,',
    to: '"label": "低保对象个人缴纳",\n      "value": 280,',
    expected: `${RULES}/lzbf2022-34.json:52: yibao.dibao.personal.value: ${swapped('280元/人', '低保对象个人缴纳70元,定额资助280元', '低保对象个人缴纳', '低保对象个人缴纳70元')}`,
  },
  {
    name: 'a key point amount printed in another clause of its document (350元 of 二、缴费标准 → 280元 of 三)',
    file: `${DOCS}/lzbf2022-34.json`,
    from: '个人缴费每人350元',
    to: '个人缴费每人280元',
    expected: `${DOCS}/lzbf2022-34.json:24: keyPoints[0].text: “280元”不在这条要点引的原文“2022年预收2023年城乡居民个人缴费”里，也不在这句话所在的条款“二”里：要点里的数要和它引的那句原文一致（2022年预收2023年城乡居民个人缴费每人280元，按年度一次性足额缴纳；原则上以户为单位参保。）。数没错的话，把“原文原话”换成印着这个数的那句。`,
  },
  {
    name: 'a date with words that give no day, and no note saying so',
    file: `${DOCS}/lzbf2022-36.json`,
    from: '"source": "在2022年冬季取暖期",\n      "note": "原文没有写具体的起止日期"',
    to: '"source": "在2022年冬季取暖期"',
    expected: `${DOCS}/lzbf2022-36.json:46: dates[0]（2022年冬季取暖期供煤）: 没有写开始日期、结束日期，也没有说明：原文写了具体哪一天的，写上开始或结束日期；原文没写具体哪一天的（如“6月中旬前”“秋季开学起”），在“我们的说明”（note）里写明，如“原文只写到6月中旬前，没有写具体哪一天”。`,
  },
  {
    name: 'a rule unit changed from 元 to 万元',
    file: `${RULES}/lzbf2022-29.json`,
    from: '"value": 900,\n      "unit": "元/人"',
    to: '"value": 900,\n      "unit": "万元/人"',
    expected: `${RULES}/lzbf2022-29.json:21: hugong.certificate.value: 900万元/人和引用的原文“取得培训合格证书的人员，每人奖补900元”不符`,
  },
  {
    name: 'a duplicate id names the file that was changed',
    file: `${DOCS}/lzf2022-28.json`,
    from: '"id": "lzf2022-28"',
    to: '"id": "lzf2022-25"',
    expected: `${DOCS}/lzf2022-28.json:3: id: 编号“lzf2022-25”在 ${DOCS}/lzf2022-25.json:3 已经用过：两份文件不能用同一个编号，编号印在二维码里，发布后永不改变。这份文件叫 lzf2022-28.json，编号要和文件名一样：请把这里的 id 改回“lzf2022-28”。`,
  },
  {
    name: 'a rule parameter without a citation',
    file: `${RULES}/lzbf2022-29.json`,
    from: '},\n      "cite": {\n        "docId": "lzbf2022-29",\n        "clause": "二、（一）",\n        "words": "取得培训合格证书的人员，每人奖补900元"\n      }',
    to: '}',
    expected: `${RULES}/lzbf2022-29.json:18: params[0].cite: 缺少这一项：它必须写，要填一组字段（用花括号 { } 括起来）。`,
  },
  {
    name: 'cited words that the gazette does not print',
    file: `${RULES}/lzbf2022-29.json`,
    from: '"取得培训合格证书的人员，每人奖补900元"',
    to: '"取得培训合格证书的人员，每人奖补1900元"',
    expected: `${RULES}/lzbf2022-29.json:30: hugong.certificate.cite.words: “取得培训合格证书的人员，每人奖补1900元”在这期公报的原文里找不到`,
  },
  {
    name: 'a consultation phone with one digit wrong',
    file: `${DOCS}/lzbf2022-26.json`,
    from: '"phone": "0358-8222401"',
    to: '"phone": "0358-8222410"',
    expected: `${DOCS}/lzbf2022-26.json:84: consultation.phone: “0358-8222410”和原文印的“0358-8222401”不一致`,
  },
  {
    name: 'a signing date a day off',
    file: `${DOCS}/lzbf2022-29.json`,
    from: '"signedOn": "2022-08-17"',
    to: '"signedOn": "2022-08-18"',
    expected: `${DOCS}/lzbf2022-29.json:8: signedOn: “2022-08-18”和原文落款“2022年8月17日”不一致`,
  },
  {
    // One grammar of printed dates (scripts/build/content/printed-dates.ts): a 落款 in Chinese numerals is compared too.
    name: 'the 落款 printed a day off, in Chinese numerals',
    file: 'src/content/issues/2022-03/source.txt',
    from: '已经区政府同意，现印发给你们，请认真抓好贯彻落实。\n\n吕梁市离石区人民政府办公室\n\n2022年8月17日\n',
    to: '已经区政府同意，现印发给你们，请认真抓好贯彻落实。\n\n吕梁市离石区人民政府办公室\n\n二〇二二年八月十八日\n',
    expected: `${DOCS}/lzbf2022-29.json:8: signedOn: “2022-08-17”和原文落款“二〇二二年八月十八日”不一致`,
  },
  {
    name: 'a number where text belongs',
    file: `${DOCS}/lzbf2022-29.json`,
    from: '"signedOn": "2022-08-17"',
    to: '"signedOn": 20220817',
    expected: `${DOCS}/lzbf2022-29.json:8: signedOn: 这里要填一段文字（直接改文件的，用英文双引号括起来，如 "医保"），现在填的是数字 20220817。`,
  },
  {
    name: 'a misspelt field name (an unknown key: sumary for summary) is named at its line',
    file: `${DOCS}/lzbf2022-29.json`,
    from: '"summary": "',
    to: '"sumary": "',
    expected: `${DOCS}/lzbf2022-29.json:19: sumary: 这里不能有“sumary”这一项：是字段名拼错了，还是放错了地方？请改成正确的字段名，或者删掉这一项。`,
  },
  {
    name: 'a required field deleted (a key point without its source words)',
    file: `${DOCS}/lzbf2022-34.json`,
    from: '"text": "2022年预收2023年城乡居民个人缴费每人350元，按年度一次性足额缴纳；原则上以户为单位参保。",\n      "source": "2022年预收2023年城乡居民个人缴费"',
    to: '"text": "2022年预收2023年城乡居民个人缴费每人350元，按年度一次性足额缴纳；原则上以户为单位参保。"',
    expected: `${DOCS}/lzbf2022-34.json:23: keyPoints[0].source: 缺少这一项：它必须写，要填一段文字（直接改文件的，用英文双引号括起来，如 "医保"）。`,
  },
  {
    name: 'a required field deleted at the top of a document (此件公开发布): its first line',
    file: `${DOCS}/lzbf2022-30.json`,
    from: '  "publicRelease": true,\n',
    to: '',
    expected: `${DOCS}/lzbf2022-30.json:1: publicRelease: 缺少这一项：它必须写，要填“是”（true）或“否”（false）。`,
  },
  {
    name: 'a rule value written as text (a wrong type in a rules file: its fact checks are skipped, nothing crashes)',
    file: `${RULES}/lzbf2022-26.json`,
    from: '"value": 1500,',
    to: '"value": "1500元",',
    expected: `${RULES}/lzbf2022-26.json:33: params[0].value: 这里要填一个数字，只写数字，如 350（不带“元”“人”这样的字），现在填的是文字“1500元”。`,
  },
  {
    name: 'a field left 【待填写】 by npm run content:import',
    file: `${DOCS}/lzbf2022-29.json`,
    from: '"summary": "',
    to: '"summary": "【待填写】一句话说明',
    expected: `${DOCS}/lzbf2022-29.json:19: summary: 还没有填写，提示是“一句话说明${summary29}”：照提示写好这一项（在审核台（npm run desk）里打开这份文件就能填；直接改文件的，连“【待填写】”和提示一起换掉）。`,
  },
  {
    name: 'a citation naming another document than the one its words are in',
    file: `${RULES}/lzbf2022-29.json`,
    from: '"docId": "lzbf2022-29",\n        "clause": "二、（一）"',
    to: '"docId": "lzbf2022-26",\n        "clause": "二、（一）"',
    expected: `${RULES}/lzbf2022-29.json:30: hugong.certificate.cite.words: “取得培训合格证书的人员，每人奖补900元”不在离政办发〔2022〕26号的原文里`,
  },
  {
    name: 'a citation naming the wrong clause of its document',
    file: `${RULES}/lzbf2022-29.json`,
    from: '"clause": "二、（一）",\n        "words": "取得培训合格证书的人员，每人奖补900元"',
    to: '"clause": "二、（二）",\n        "words": "取得培训合格证书的人员，每人奖补900元"',
    expected: `${RULES}/lzbf2022-29.json:29: hugong.certificate.cite.clause: 离政办发〔2022〕29号：“取得培训合格证书的人员，每人奖补900元”不在条款“二（二）”里`,
  },
  {
    name: 'a citation naming a clause the document does not have',
    file: `${RULES}/lzbf2022-29.json`,
    from: '"clause": "二、（一）",\n        "words": "取得培训合格证书的人员，每人奖补900元"',
    to: '"clause": "九、（一）",\n        "words": "取得培训合格证书的人员，每人奖补900元"',
    expected: `${RULES}/lzbf2022-29.json:29: hugong.certificate.cite.clause: 离政办发〔2022〕29号：原文里没有条款“九（一）”`,
  },
  {
    name: 'a key point whose source words are not in its document',
    file: `${DOCS}/lzbf2022-34.json`,
    from: '"source": "2022年预收2023年城乡居民个人缴费"',
    to: '"source": "2022年预收2023年城乡居民个人缴费每人360元"',
    expected: `${DOCS}/lzbf2022-34.json:25: keyPoints[0].source: “2022年预收2023年城乡居民个人缴费每人360元”不在这份文件的原文里`,
  },
  {
    name: 'a key point whose source words run from one table row into the next (the 原文 could not highlight them)',
    file: `${DOCS}/lzf2022-25.json`,
    from: '"source": "安排统筹整合资金7135.1万元用于产业发展项目"',
    to: '"source": "7135.10 1 离石区坪头乡"',
    expected: `${DOCS}/lzf2022-25.json:30: keyPoints[1].source: “7135.10 1 离石区坪头乡”跨了表格的两行，打开原文时标不出来（只引一行里的字）`,
  },
  {
    name: 'a key point whose source words are longer than a link to the 原文 carries',
    file: `${DOCS}/lzbf2022-34.json`,
    from: '"source": "2022年预收2023年城乡居民个人缴费"',
    to: `"source": "${overlong}"`,
    expected: `${DOCS}/lzbf2022-34.json:25: keyPoints[0].source: “${overlong}”太长：打开原文的链接最多带${MAX_WORDS_LENGTH}个字`,
  },
  {
    name: 'a date in a summary that the document does not print (12月25日 → 12月31日)',
    file: `${DOCS}/lzbf2022-34.json`,
    from: '"summary": "2022年9月1日到12月25日交',
    to: '"summary": "2022年9月1日到12月31日交',
    expected: `${DOCS}/lzbf2022-34.json:21: summary: 日期“12月31日”在这份文件的原文里没有印，要照原文写（2022年9月1日到12月31日交2023年的城乡居民医保，每人350元；特困人员全免，低保对象和易返贫致贫人口每人只交70元，返贫致贫人口只交35元。）`,
  },
  {
    name: 'a date in a key point that the document does not print (12月25日 → 12月20日)',
    file: `${DOCS}/lzbf2022-34.json`,
    from: '"text": "集中缴费期原则上为9月1日至12月25日。"',
    to: '"text": "集中缴费期原则上为9月1日至12月20日。"',
    expected: `${DOCS}/lzbf2022-34.json:36: keyPoints[3].text: 日期“12月20日”在这份文件的原文里没有印，要照原文写（集中缴费期原则上为9月1日至12月20日。）`,
  },
  {
    name: 'a date’s end that its words do not state (原则上为9月1日至12月25日 → 2023-12-31)',
    file: `${DOCS}/lzbf2022-34.json`,
    from: '"end": "2022-12-25"',
    to: '"end": "2023-12-31"',
    expected: `${DOCS}/lzbf2022-34.json:60: dates[0]（2023年度居民医保集中缴费期）.end: 结束日期2023-12-31和原文“原则上为9月1日至12月25日”不符：原文写的结束是“12月25日”，即2022-12-25（原文没写年份，按落款年份算）。`,
  },
  {
    name: 'a date’s start a day off its words (9月6日至9月15日 → 2022-09-05)',
    file: `${DOCS}/lzbf2022-32.json`,
    from: '"start": "2022-09-06"',
    to: '"start": "2022-09-05"',
    expected: `${DOCS}/lzbf2022-32.json:69: dates[1]（企业自查阶段）.start: 开始日期2022-09-05和原文“企业自查阶段（9月6日至9月15日）”不符：原文写的开始是“9月6日”，即2022-09-06（原文没写年份，按落款年份算）。`,
  },
  {
    name: 'an exact day claimed for words that give none (2022年6月中旬前)',
    file: `${DOCS}/lzbf2022-25.json`,
    from: '"source": "2022年6月中旬前",',
    to: '"end": "2022-06-15",\n      "source": "2022年6月中旬前",',
    expected: `${DOCS}/lzbf2022-25.json:54: dates[1]（全面完成整改任务）.end: 原文“2022年6月中旬前”没有写到具体哪一天（“2022年6月中旬”不是具体的日子），结束日期不能写2022-06-15：请删去 end，在 note 里写明原文没有写具体日期。`,
  },
  {
    name: 'an end the words do not give (本办法从2022年1月1日起执行 → end 2022-12-31), its label in nested brackets',
    file: `${DOCS}/lzbf2022-29.json`,
    from: '"start": "2022-01-01",',
    to: '"start": "2022-01-01",\n      "end": "2022-12-31",',
    expected: `${DOCS}/lzbf2022-29.json:50: dates[0]（办法执行（2022年度））.end: 结束日期2022-12-31和原文“本办法从2022年1月1日起执行”不符：原文写的结束是“2022年1月1日”，即2022-01-01。`,
  },
  {
    name: 'a correction whose original text is not in the document',
    file: 'src/content/issues/2022-03/corrections/lzf2022-25.json',
    from: '"original": "其中普通厕800义座"',
    to: '"original": "其中普通厕900义座"',
    expected:
      'src/content/issues/2022-03/corrections/lzf2022-25.json:4: corrections[0]: “其中普通厕900义座”在这份文件的文字稿里出现了0次（应当正好1次）',
  },
  {
    name: 'a 原文 file edited by hand instead of through its corrections',
    file: 'src/packages/issue-2022-03/original/lzf2022-25.json',
    from: '其中普通厕800座',
    to: '其中普通厕900座',
    expected: stale(ORIGINAL),
  },
  {
    name: 'the main package’s head of a document edited by hand (a phone that no longer matches its document)',
    file: 'src/content/generated/2022-03/head.json',
    from: '"phone":"0358-8227879"',
    to: '"phone":"0358-8227878"',
    expected: stale(INDEX),
  },
  {
    name: 'an issue’s generated document page edited by hand',
    file: 'src/packages/issue-2022-03/pages/doc/index.tsx',
    from: "import { issue } from '#src/content/generated/2022-03'",
    to: "import { issue } from '#src/content/generated/2022-04'",
    expected: stale(INDEX),
  },
  {
    name: 'the list of issue folders edited by hand',
    file: 'scripts/build/content/generated/issue-folders.ts',
    from: 'export const issueFolders = [issue_2022_03]',
    to: 'export const issueFolders = []',
    expected: stale(INDEX),
  },
  {
    name: 'a document’s tool titles edited by hand',
    file: 'src/domain/generated/tool-titles.json',
    from: '"title": "',
    to: '"title": "改过的',
    expected: stale('计算器和自查的标题清单（按 rules 文件里的 tools 生成）'),
  },
  {
    name: 'the newest issue’s search entries edited by hand',
    file: 'src/packages/issue-2022-03/search-entries.json',
    from: '"kind":"doc"',
    to: '"kind":"calc"',
    expected: stale('搜索用的条目（按最新一期的内容生成）'),
  },
]

const contentCheck = (dir: string) => runScript(dir, 'build/content-check.ts')

describe('content:check fails on every wrong fact, with the exact line', () => {
  it('passes the unchanged copy', async () => {
    const result = await contentCheck(projectCopy())
    assert.equal(result.code, 0, result.lines.join('\n'))
  })
  for (const mutation of mutations) {
    it(mutation.name, async () => {
      const dir = projectCopy()
      const file = join(dir, mutation.file)
      const text = readFileSync(file, 'utf8')
      assert.ok(text.includes(mutation.from), `the mutation must apply: ${mutation.from}`)
      writeFileSync(file, text.replace(mutation.from, mutation.to))
      const result = await contentCheck(dir)
      assert.equal(result.code, 1)
      assert.ok(result.lines.includes(mutation.expected), `expected:\n${mutation.expected}\ngot:\n${result.lines.join('\n')}`)
    })
  }
})
