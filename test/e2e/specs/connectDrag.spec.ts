import { expect, test } from '@playwright/test';
import { startBlankJourney } from '../helpers/startBlankJourney';

/**
 * Issue 15: a connect drag, right after the nodes were dropped, draws its edge on the first gesture — from
 * every handle, including a `wait.event` timeout handle. `EditorPage.connect` drags once and never retries.
 */
test('every connect drag on freshly dropped nodes draws its edge the first time', async ({ page }) => {
  const { editor } = await startBlankJourney(page, `Connect drags ${Date.now()}`);
  const entry = await editor.dragFromPalette('entry.event', { x: 320, y: 80 });
  const wait = await editor.dragFromPalette('wait.event', { x: 320, y: 260 });
  const send = await editor.dragFromPalette('send', { x: 180, y: 460 });
  const exit = await editor.dragFromPalette('exit', { x: 480, y: 460 });
  await editor.connect(entry, 'next', wait);
  await editor.connect(wait, 'matched', exit);
  await editor.connect(wait, 'timeout', send);
  await editor.connect(send, 'next', exit);
  await expect(editor.edges()).toHaveCount(4);
});
