import { expect, type Locator, type Page } from '@playwright/test';

export type SettingsTab = 'channels' | 'alimtalk-templates' | 'prices' | 'messaging' | 'grades';

const tabNames: Record<SettingsTab, RegExp> = {
  channels: /^(Channels|발송 채널)$/,
  'alimtalk-templates': /^(AlimTalk templates|알림톡 템플릿)$/,
  prices: /^(Prices|발송 단가)$/,
  messaging: /^(Ads & opt-out|광고 표기·수신거부)$/,
  grades: /^(Grades|고객 등급)$/,
};

/** `/settings/*`: the side navigation and each section's controls. */
export class SettingsPage {
  constructor(private readonly page: Page) {}

  async goto(tab?: SettingsTab): Promise<void> {
    await this.page.goto(tab ? `/settings/${tab}` : '/settings');
    await expect(this.nav()).toBeVisible();
  }

  nav(): Locator {
    return this.page.getByRole('navigation', { name: /Settings sections|설정 메뉴/ });
  }

  async open(tab: SettingsTab): Promise<void> {
    await this.nav().getByRole('link', { name: tabNames[tab] }).click();
    await expect(this.page).toHaveURL(new RegExp(`/settings/${tab}$`));
  }

  tabLink(tab: SettingsTab): Locator {
    return this.nav().getByRole('link', { name: tabNames[tab] });
  }

  channelCard(channel: string): Locator {
    return this.page.getByTestId(`channel-${channel}`);
  }

  async chooseProvider(channel: string, provider: string): Promise<void> {
    await this.channelCard(channel)
      .getByLabel(/^(Provider|발송 대행사)$/)
      .selectOption(provider);
  }

  field(scope: Locator, label: RegExp): Locator {
    return scope.getByLabel(label);
  }

  secretState(channel: string, field: string): Locator {
    return this.channelCard(channel).getByTestId(`secret-${field}`);
  }

  async saveChannel(channel: string): Promise<void> {
    await this.channelCard(channel)
      .getByRole('button', { name: /^(Save|저장)$/ })
      .click();
  }

  toast(text: RegExp): Locator {
    return this.page.locator('.toast').filter({ hasText: text });
  }

  async newAlimtalkTemplate(template: { code: string; name: string; body: string; buttons: string[] }) {
    await this.page.getByRole('button', { name: /New template|새 템플릿/ }).click();
    const form = this.page.getByRole('form', { name: /New template|새 템플릿/ });
    await form.getByLabel(/^(Template code|템플릿 코드)$/).fill(template.code);
    await form.getByLabel(/^(Name|이름)$/).fill(template.name);
    await form.getByLabel(/^(Body|본문)$/).fill(template.body);
    for (const [index, name] of template.buttons.entries()) {
      await form.getByRole('button', { name: /Add button|버튼 추가/ }).click();
      await form.getByLabel(new RegExp(`^(Button name|버튼 이름) ${index + 1}$`)).fill(name);
    }
    return form;
  }

  priceInput(label: RegExp): Locator {
    return this.page.getByTestId('price-table').getByLabel(label);
  }

  adPreview(): Locator {
    return this.page.getByTestId('ad-preview');
  }
}
