import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page (shadow roots included) and returns the serious and critical
 * violations. axe's own source is evaluated through the debugging protocol, which extension
 * pages' content security policy does not stop (a script tag would be refused).
 */
export async function seriousViolations(page: Page, scope?: string): Promise<Violation[]> {
  await page.evaluate(axe.source);
  const violations = await page.evaluate(async (selector) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const results = await run(selector ? { include: [[selector]] } : document, {
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, scope);
  return violations.filter((found) => found.impact === 'serious' || found.impact === 'critical');
}
