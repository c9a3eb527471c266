import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

/** The main screen, as a user sees it: rows, the inspector, the toolbar. */
export class WorkbenchPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.grid.locator('[role="row"][data-segment-id]').first().waitFor();
  }

  get grid(): Locator {
    return this.page.getByRole('grid');
  }

  get rows(): Locator {
    return this.grid.locator('[role="row"][data-segment-id]');
  }

  get inspector(): Locator {
    return this.page.getByTestId('inspector');
  }

  rowsWithFlag(check: string): Locator {
    return this.rows.filter({ has: this.page.locator(`mark[data-check="${check}"]`) });
  }

  /** The first row that has a flag of this check, pinned by its number so it stays found once fixed. */
  async rowWithFlag(check: string): Promise<Locator> {
    const testId = await this.rowsWithFlag(check).first().getAttribute('data-testid');
    if (!testId) throw new Error(`No row has a ${check} flag`);
    return this.page.getByTestId(testId);
  }

  row(number: number): Locator {
    return this.page.getByTestId(`segment-${number}`);
  }

  async select(row: Locator): Promise<void> {
    await row.locator('.cell-source').click();
    await row.locator('textarea').waitFor();
  }

  editor(row: Locator): Locator {
    return row.locator('textarea');
  }

  async applySuggestion(text: string): Promise<void> {
    await this.inspector.getByRole('button', { name: new RegExp(`: ${text}$`) }).first().click();
  }

  async typeAndSave(row: Locator, text: string): Promise<void> {
    await this.editor(row).fill(text);
    await this.editor(row).press('Control+Enter');
  }

  async setRole(role: 'translator' | 'editor'): Promise<void> {
    await this.page.getByTestId('role').selectOption(role);
  }

  async setLanguage(locale: string): Promise<void> {
    await this.page.getByTestId('ui-language').selectOption(locale);
  }

  async review(decision: 'approve' | 'reject', comment = ''): Promise<void> {
    if (comment) await this.page.getByTestId('review-comment').fill(comment);
    await this.inspector.locator(decision === 'approve' ? 'button.approve' : 'button.reject').click();
  }

  async exportTranslation(): Promise<{ name: string; content: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('export').click()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), content: await readFile(path, 'utf8') };
  }

  state(row: Locator): Locator {
    return row.locator('.cell-state [data-state]');
  }
}
