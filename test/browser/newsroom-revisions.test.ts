// The revision comparison reads as the story does: named fields, a question stays a question, an answer names its speaker, corrections as notes.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Browser } from 'playwright-core';
import { apiFromPage, signIn, useNewsroomInChromium, type Newsroom } from './newsroom-support.js';

let newsroom: Newsroom;
let browser: Browser;
useNewsroomInChromium((n, b) => {
  newsroom = n;
  browser = b;
});

const turn = (type: 'question' | 'answer', text: string, speaker?: string) => ({
  type,
  ...(speaker ? { speaker } : {}),
  content: [{ type: 'paragraph', content: [{ text }] }],
});

test('the comparison shows a question as a question and an answer with its speaker', async () => {
  const { page, errors, context } = await signIn(browser, newsroom.origin, newsroom.users.editor);
  const made = await apiFromPage(page, 'POST', '/api/stories', {
    edition: 'ru',
    type: 'interview',
    title: 'Министр о планах',
    rubric: 'Политика',
    lead: 'Лид.',
    blocks: [turn('question', 'Каковы планы?'), turn('answer', 'Большие.', 'Иван Петров')],
  });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const id = made.body.id as number;
  const saved = await page.evaluate(
    async ({ id, blocks }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const res = await fetch(`/api/stories/${id}`, {
        method: 'PATCH',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': me.csrfToken,
          'if-match': '"1"',
        },
        body: JSON.stringify({ title: 'Министр о больших планах', blocks }),
      });
      return res.status;
    },
    {
      id,
      blocks: [
        turn('question', 'Каковы ваши планы на год?'),
        turn('answer', 'Очень большие.', 'Иван Петров'),
      ],
    },
  );
  assert.equal(saved, 200);

  await page.goto(`${newsroom.origin}/newsroom/stories/${id}`);
  await page.click('[data-testid=open-revisions]');
  const dialog = page.locator('[data-testid=revisions-dialog]');
  await dialog.locator('tr[data-version="2"]').waitFor();
  await dialog.locator('tr[data-version="1"] input').check();
  await dialog.locator('tr[data-version="2"] input').check();
  await dialog.getByRole('button', { name: 'Сравнить' }).click();
  const diff = dialog.locator('[data-testid=revision-diff]');
  await diff.waitFor();

  // Who saved each version and when.
  assert.match((await diff.locator('.diff-head').textContent()) ?? '', /Тимур Алиханов/);
  // The field by its name in the interface, not "title".
  const labels = await diff.locator('.diff-label').allTextContents();
  assert.ok(labels.includes('Заголовок'), labels.join(', '));
  assert.ok(!labels.includes('title'), labels.join(', '));
  // The question, before and after, is a question.
  const question = diff.locator('ins [data-block-type=question]');
  assert.equal(await question.locator('.diff-block-kind').textContent(), 'Вопрос');
  assert.equal(
    await question.locator('.diff-block-text').textContent(),
    'Каковы ваши планы на год?',
  );
  assert.equal(
    await diff.locator('del [data-block-type=question] .diff-block-text').textContent(),
    'Каковы планы?',
  );
  // The answer says whose it is.
  assert.equal(
    await diff.locator('ins [data-block-type=answer] .diff-block-kind').textContent(),
    'Ответ · Иван Петров',
  );
  assert.deepEqual(errors, []);
  await context.close();
});
