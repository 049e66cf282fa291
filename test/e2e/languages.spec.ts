import { expect, expectDemoKpis, openApp, test } from './fixtures';

const NAVIGATION = {
  ja: { label: 'メイン', links: ['概要', 'インポート', 'コホート', '顧客', 'フィット', 'キャンペーン', 'レポート', '設定'], native: '日本語' },
  ru: {
    label: 'Основное меню',
    links: ['Обзор', 'Импорт', 'Когорты', 'Клиенты', 'Ценность клиентов', 'Кампании', 'Отчёты', 'Настройки'],
    native: 'Русский',
  },
} as const;

for (const language of ['ja', 'ru'] as const) {
  test(`switches to ${NAVIGATION[language].native}: navigation translated, money formatted for the locale`, async ({ page }) => {
    await openApp(page);
    await page.getByRole('combobox', { name: 'Language' }).selectOption({ label: NAVIGATION[language].native });

    const navigation = page.getByRole('navigation', { name: NAVIGATION[language].label });
    // Each link is a decorative glyph (aria-hidden) and the translated label.
    await expect(navigation.getByRole('link')).toHaveText(NAVIGATION[language].links.map((label) => new RegExp(`^.?${label}$`)));
    for (const label of NAVIGATION[language].links) await expect(navigation.getByRole('link', { name: label, exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', language);
    await expectDemoKpis(page, language);
    await page.screenshot({ path: `/tmp/rw-overview-${language}.png`, fullPage: true });

    // Other pages speak the language too.
    await navigation.getByRole('link', { name: NAVIGATION[language].links[7] }).click();
    // The page's code loads on first visit: allow for a busy machine.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAVIGATION[language].links[7], { timeout: 30_000 });
    await expect(page).toHaveURL(/#\/settings$/);

    // The choice is remembered.
    await page.reload();
    await expect(page.getByRole('navigation', { name: NAVIGATION[language].label })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAVIGATION[language].links[7], { timeout: 30_000 });
  });
}

test('Russian money puts the symbol after the amount, Japanese before it', async ({ page }) => {
  await openApp(page);
  const revenue = page.getByTestId('kpi-revenue');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ru');
  await expect(revenue).toHaveText(/^[\d\u00a0\u202f ]+,\d\d\u00a0\$$/);
  await page.getByRole('combobox', { name: 'Язык' }).selectOption('ja');
  await expect(revenue).toHaveText(/^\$[\d,]+\.\d\d$/);
});
