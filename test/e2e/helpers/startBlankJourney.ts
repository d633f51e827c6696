import type { Page } from '@playwright/test';
import { EditorPage } from '../pages/EditorPage';
import { JourneyListPage } from '../pages/JourneyListPage';
import { LoginPage } from '../pages/LoginPage';

/** Signs the marketer in and creates an empty journey from the journey list; answers its id and its editor. */
export async function startBlankJourney(
  page: Page,
  name: string,
): Promise<{ journeyId: string; editor: EditorPage }> {
  await new LoginPage(page).loginAs('marketer@demo.local');
  const list = new JourneyListPage(page);
  await list.goto();
  const journeyId = await list.create(name);
  return { journeyId, editor: new EditorPage(page) };
}
