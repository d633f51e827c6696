import { expect, test } from '@playwright/test';
import { startBlankJourney } from '../helpers/startBlankJourney';
import { docScreenshot } from '../screenshot';

/**
 * Issue 16 "edges routed around nodes": an edge from the entry straight to the exit, with another step
 * right between them, is drawn around that step instead of across it.
 */
test.use({ locale: 'ko-KR' });

test('an edge goes around a step standing between its two ends', async ({ page }) => {
  const { editor } = await startBlankJourney(page, `Edge routing ${Date.now()}`);
  const entry = await editor.dragFromPalette('entry.event', { x: 320, y: 80 });
  const middle = await editor.dragFromPalette('send', { x: 320, y: 280 });
  const exit = await editor.dragFromPalette('exit', { x: 320, y: 480 });
  await editor.connect(entry, 'next', exit);
  const box = await editor.node(middle).boundingBox();
  expect(box).not.toBeNull();
  // Points along the drawn edge, in screen coordinates.
  const points = await editor
    .edges()
    .first()
    .locator('path.react-flow__edge-path')
    .evaluate((element) => {
      const path = element as SVGPathElement;
      const matrix = path.getScreenCTM();
      const total = path.getTotalLength();
      const out: { x: number; y: number }[] = [];
      for (let i = 0; i <= 200; i++) {
        const p = path.getPointAtLength((total * i) / 200);
        out.push(
          matrix ? { x: p.x * matrix.a + matrix.e, y: p.y * matrix.d + matrix.f } : { x: p.x, y: p.y },
        );
      }
      return out;
    });
  const inside = points.filter(
    (p) => box && p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height,
  );
  expect(inside).toEqual([]);
  await docScreenshot(page, 'editor-edge-routed-ko');
});
