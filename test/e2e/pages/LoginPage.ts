import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'journeyflow';

export class LoginPage {
  constructor(private readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/login');
    await expect(this.page.getByLabel(/email|이메일/i)).toBeVisible();
  }

  async loginAs(email: string, password = DEMO_PASSWORD): Promise<void> {
    await this.goto();
    await this.page.getByLabel(/email|이메일/i).fill(email);
    await this.page.getByLabel(/password|비밀번호/i).fill(password);
    await this.page.getByRole('button', { name: /sign in|로그인/i }).click();
    await expect(this.page).toHaveURL(/\/journeys/);
  }

  demoAccounts() {
    return this.page.getByRole('region', { name: /demo accounts|데모 계정/i });
  }
}
