// Pasting into the editor in Chromium: Word, LibreOffice and Google Docs HTML become clean blocks; a video link an embed.

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser-support.js';
import type { ParagraphBlock, TextRun } from '../../src/domain/blocks.js';
import {
  blocksOf,
  openNewDraft,
  savedAfter,
  signIn,
  startNewsroom,
  type Newsroom,
} from './newsroom-support.js';

/** What Word 365 on Windows puts on the clipboard (trimmed of its long style sheet). */
const WORD_HTML = `<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15"><meta name=Originator content="Microsoft Word 15">
<style><!--
 /* Font Definitions */
 @font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
 p.MsoNormal, li.MsoNormal, div.MsoNormal {mso-style-parent:""; margin-top:0cm; margin-right:0cm; margin-bottom:8.0pt; margin-left:0cm; line-height:107%; font-size:11.0pt; font-family:"Calibri",sans-serif;}
 p.MsoListParagraphCxSpFirst {mso-style-type:export-only; margin-left:36.0pt;}
--></style></head>
<body lang=RU style='tab-interval:35.4pt;word-wrap:break-word'>
<!--StartFragment-->
<p class=MsoTitle><span lang=RU style='mso-ansi-language:RU'>Визит госминистра в Баку<o:p></o:p></span></p>
<p class=MsoNormal><b><span lang=RU style='font-family:"Times New Roman",serif;
mso-ansi-language:RU'>Баку, 5 декабря.</span></b><span lang=RU style='font-family:"Times New Roman",serif;
mso-ansi-language:RU'> Государственный министр <i>Великобритании</i> посетил
<a href="https://report.az/ru/">Азербайджан</a>.<o:p></o:p></span></p>
<p class=MsoNormal><span lang=RU><o:p>&nbsp;</o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=RU style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span
style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=RU>подготовка военнослужащих<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span
lang=RU style='font-family:Symbol;mso-fareast-font-family:Symbol;mso-bidi-font-family:Symbol'><span
style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=RU>совместные <b>учения</b><o:p></o:p></span></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=RU><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=RU>первый этап<o:p></o:p></span></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span
lang=RU><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;
</span></span></span><![endif]><span lang=RU>второй этап<o:p></o:p></span></p>
<p class=MsoNormal><span lang=RU style='color:red;font-family:"Comic Sans MS";background:yellow;mso-highlight:yellow'>Цветной
<font face=Arial size=4>текст</font></span><span lang=RU> со </span><a href="file:///C:/Users/report/Desktop/doc.docx"><span
lang=RU>ссылкой на файл</span></a><span lang=RU><!--[if gte vml 1]><v:shape id="Picture_x0020_1" type="#_x0000_t75"><v:imagedata src="file:///C:/Users/report/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png" o:title=""/></v:shape><![endif]--><![if !vml]><img width=200 height=100
src="file:///C:/Users/report/AppData/Local/Temp/msohtmlclip1/01/clip_image002.png" v:shapes="Picture_x0020_1"><![endif]><u>.</u><o:p></o:p></span></p>
<!--EndFragment-->
</body>
</html>`;

/** Google Docs: everything inside a <b style="font-weight:normal"> wrapper, marks as styles on spans. */
const GOOGLE_DOCS_HTML = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5e1f7c2a-7fff-4b4e-1c2d-3a4b5c6d7e8f"><h2 dir="ltr" style="line-height:1.38;margin-top:18pt;margin-bottom:6pt;"><span style="font-size:16pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Müsahibə</span></h2><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Azərbaycan </span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:700;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Respublikasının</span><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:italic;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;"> Prezidenti</span><br><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">Bakıda görüş keçirib.</span></p><br><ul style="margin-top:0;margin-bottom:0;padding-inline-start:48px;"><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">iqtisadiyyat</span></p></li><li dir="ltr" style="list-style-type:disc;font-size:11pt;font-family:Arial,sans-serif;color:#000000;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:none;vertical-align:baseline;white-space:pre;" aria-level="1"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;" role="presentation"><a href="https://report.az/" style="text-decoration:none;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#1155cc;background-color:transparent;font-weight:400;font-style:normal;font-variant:normal;text-decoration:underline;-webkit-text-decoration-skip:none;text-decoration-skip-ink:none;vertical-align:baseline;white-space:pre;white-space:pre-wrap;">enerji</span></a></p></li></ul></b>`;

/** LibreOffice Writer: <font> wrappers, class="western", inline styles. */
const LIBREOFFICE_HTML = `<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"/><title></title><meta name="generator" content="LibreOffice 7.4.7.2 (Linux)"/><style type="text/css">@page { size: 21cm 29.7cm; margin: 2cm } p { line-height: 115%; margin-bottom: 0.25cm; background: transparent }</style></head><body lang="en-GB" link="#000080" vlink="#800000" dir="ltr"><h3 class="western">Defence cooperation</h3><p style="line-height: 100%; margin-bottom: 0cm"><font face="Liberation Serif, serif"><font size="3" style="font-size: 12pt"><span style="background: #ffff00">Lord Coaker said the </span><b>relations</b><font color="#c9211e"> are </font><i>strong</i>.</font></font></p><blockquote><font face="Liberation Serif, serif">We train together.</font></blockquote></body></html>`;

let newsroom: Newsroom;
let browser: Browser;
let context: BrowserContext;
let page: Page;

before(async () => {
  newsroom = await startNewsroom();
  browser = await launchChromium();
  ({ context, page } = await signIn(browser, newsroom.origin, newsroom.users.reporter));
});

after(async () => {
  await context?.close();
  await browser?.close();
  await newsroom?.stop();
});

/** A paste event with this clipboard, as the browser fires it for Ctrl+V. */
async function paste(data: { html?: string; text: string }, keepSelection = false): Promise<void> {
  if (!keepSelection) await page.locator('[data-testid=body-editor]').click();
  await page.evaluate(({ html, text }) => {
    const target = document.querySelector('[data-testid=body-editor]')!;
    const clipboard = new DataTransfer();
    if (html) clipboard.setData('text/html', html);
    clipboard.setData('text/plain', text);
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: clipboard, bubbles: true, cancelable: true }),
    );
  }, data);
}

async function pasted(title: string, data: { html?: string; text: string }) {
  const id = await openNewDraft(page, newsroom.origin, title);
  await savedAfter(page, () => paste(data));
  const html = await page.locator('[data-testid=body-editor]').innerHTML();
  return { blocks: await blocksOf(page, id), html };
}

const p = (...content: TextRun[]): ParagraphBlock => ({ type: 'paragraph', content });

/** Nothing of the word processor's markup is left in the editor: no style, class, span or font. */
function assertClean(html: string): void {
  assert.doesNotMatch(html, /style=|class="Mso|<span|<font|<o:p|mso-|file:|<img/i);
}

describe('paste from word processors', () => {
  test('Word: title, marks, link, lists; styles, spans, fonts, empty paragraphs, file links and images dropped', async () => {
    const { blocks, html } = await pasted('Вставка из Word', { html: WORD_HTML, text: 'Визит' });
    assert.deepEqual(blocks, [
      { type: 'heading', level: 2, content: [{ text: 'Визит госминистра в Баку' }] },
      p(
        { text: 'Баку, 5 декабря.', marks: ['bold'] },
        { text: ' Государственный министр ' },
        { text: 'Великобритании', marks: ['italic'] },
        { text: ' посетил ' },
        { text: 'Азербайджан', marks: ['link'], href: 'https://report.az/ru/' },
        { text: '.' },
      ),
      {
        type: 'list',
        items: [
          [{ text: 'подготовка военнослужащих' }],
          [{ text: 'совместные ' }, { text: 'учения', marks: ['bold'] }],
        ],
      },
      {
        type: 'list',
        ordered: true,
        items: [[{ text: 'первый этап' }], [{ text: 'второй этап' }]],
      },
      p({ text: 'Цветной текст со ссылкой на файл.' }),
    ]);
    assertClean(html);
  });

  test('Google Docs: the normal-weight wrapper is not bold, styled spans become marks, <br> splits', async () => {
    const { blocks, html } = await pasted('Вставка из Google Docs', {
      html: GOOGLE_DOCS_HTML,
      text: 'Müsahibə',
    });
    assert.deepEqual(blocks, [
      { type: 'heading', level: 2, content: [{ text: 'Müsahibə' }] },
      p(
        { text: 'Azərbaycan ' },
        { text: 'Respublikasının', marks: ['bold'] },
        { text: ' Prezidenti', marks: ['italic'] },
      ),
      p({ text: 'Bakıda görüş keçirib.' }),
      {
        type: 'list',
        items: [
          [{ text: 'iqtisadiyyat' }],
          [{ text: 'enerji', marks: ['link'], href: 'https://report.az/' }],
        ],
      },
    ]);
    assertClean(html);
  });

  test('LibreOffice: font wrappers dropped, heading, marks and quote kept', async () => {
    const { blocks, html } = await pasted('Вставка из LibreOffice', {
      html: LIBREOFFICE_HTML,
      text: 'Defence cooperation',
    });
    assert.deepEqual(blocks, [
      { type: 'heading', level: 3, content: [{ text: 'Defence cooperation' }] },
      p(
        { text: 'Lord Coaker said the ' },
        { text: 'relations', marks: ['bold'] },
        { text: ' are ' },
        { text: 'strong', marks: ['italic'] },
        { text: '.' },
      ),
      { type: 'quote', content: [p({ text: 'We train together.' })] },
    ]);
    assertClean(html);
  });
});

describe('links pasted alone', () => {
  test('a YouTube, X or Telegram link becomes an embed; a plain URL stays text; a URL on a selection links it', async () => {
    const id = await openNewDraft(page, newsroom.origin, 'Вставка ссылок');
    await savedAfter(page, () => paste({ text: 'https://youtu.be/dQw4w9WgXcQ?si=share' }));
    await savedAfter(page, () =>
      paste({ text: 'https://twitter.com/Report_News_Az/status/1865000000000000000' }),
    );
    await savedAfter(page, () => paste({ text: 'https://t.me/s/reportaz/12345' }));
    const editor = page.locator('[data-testid=body-editor]');
    assert.equal(await editor.locator('[data-block=embed]').count(), 3);

    await editor.locator('p').last().click();
    await page.keyboard.type('Подробнее на сайте');
    // Under load the selection can lag the key press, and the editor takes the DOM's selection
    // in its own "selectionchange" listener, which runs before this one: paste only once that
    // event has come with the words selected.
    // (A string: tsx would wrap a named function in a helper the page does not have.)
    await page.evaluate(`void (window.wordsSelected = new Promise((resolve) => {
      const seen = () => {
        if (window.getSelection().toString() !== 'Подробнее на сайте') return;
        document.removeEventListener('selectionchange', seen);
        resolve();
      };
      document.addEventListener('selectionchange', seen);
    }))`);
    await page.keyboard.press('Shift+Home');
    await page.evaluate(
      () => (window as unknown as { wordsSelected?: Promise<void> }).wordsSelected,
    );
    await savedAfter(page, () => paste({ text: 'https://report.az/ru/' }, true));
    assert.deepEqual(await blocksOf(page, id), [
      { type: 'embed', provider: 'youtube', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ' },
      {
        type: 'embed',
        provider: 'x',
        url: 'https://x.com/Report_News_Az/status/1865000000000000000',
      },
      { type: 'embed', provider: 'telegram', url: 'https://t.me/reportaz/12345' },
      p({ text: 'Подробнее на сайте', marks: ['link'], href: 'https://report.az/ru/' }),
    ]);
  });
});
