/**
 * Costs from a second file (customer id or e-mail + cost columns), read and
 * matched in the analytics worker. All or nothing: a file with any bad row or
 * unknown customer changes nothing; its problems are listed by line and column.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../../bridge';
import { describeError } from '../../db/outcome';
import { useAppStore } from '../../state/store';
import { analytics } from '../../worker/analytics-client';
import type { FitCostFileAnswer } from '../../worker/fit/fit-answers';

const COST_FILES = [{ name: 'Cost files', extensions: ['csv', 'tsv', 'txt', 'xlsx'] }];
const ERRORS_SHOWN = 100;

type Reading = { state: 'idle' } | { state: 'reading'; fileName: string } | { state: 'read'; fileName: string; answer: FitCostFileAnswer } | { state: 'failed'; message: string } | { state: 'applied'; fileName: string; customers: number };

export function CostFileImport() {
  const { t } = useTranslation();
  const apply = useAppStore((state) => state.applyFitCostFile);
  const [reading, setReading] = useState<Reading>({ state: 'idle' });

  const read = async (name: string, bytes: Uint8Array) => {
    setReading({ state: 'reading', fileName: name });
    const outcome = await analytics().fitCostFile(bytes, name);
    setReading(outcome.ok ? { state: 'read', fileName: name, answer: outcome.value } : { state: 'failed', message: outcome.message });
  };
  const pick = () => {
    bridge.pickFile(COST_FILES).then(
      (picked) => picked && read(picked.name, picked.bytes),
      (error: unknown) => setReading({ state: 'failed', message: describeError(error) }),
    );
  };

  const answer = reading.state === 'read' ? reading.answer : null;
  const clean = answer?.ok === true && answer.errors.length === 0 && answer.unknownKeys.length === 0 && answer.matchedRows > 0;

  return (
    <section className="panel fit-cost-file" aria-labelledby="fit-cost-file-title">
      <h2 id="fit-cost-file-title">{t('fit.costFile.title')}</h2>
      <p className="muted">{t('fit.costFile.intro')}</p>
      <div className="fit-actions">
        <button type="button" className="button" onClick={pick} disabled={reading.state === 'reading'}>
          {t('fit.costFile.choose')}
        </button>
      </div>
      {reading.state === 'reading' ? <p role="status">{t('fit.costFile.reading', { file: reading.fileName })}</p> : null}
      {reading.state === 'failed' ? <p className="fit-error" role="alert">{t('fit.costFile.failed', { reason: reading.message })}</p> : null}
      {reading.state === 'applied' ? <p role="status">{t('fit.costFile.applied', { file: reading.fileName, count: reading.customers })}</p> : null}
      {answer && !answer.ok ? (
        <p className="fit-error" role="alert" data-testid="fit-cost-file-error">
          {answer.fatal.line > 0 ? t('fit.costFile.fatalAt', { line: answer.fatal.line, message: answer.fatal.message }) : t('fit.costFile.fatal', { message: answer.fatal.message })}
        </p>
      ) : null}
      {answer?.ok ? (
        <div data-testid="fit-cost-file-result">
          <p>{t('fit.costFile.summary', { rows: answer.matchedRows, customers: Object.keys(answer.byCustomer).length })}</p>
          {answer.otherCosts.length > 0 ? <p className="muted">{t('fit.costFile.otherCosts', { columns: answer.otherCosts.join(', ') })}</p> : null}
          {answer.ignoredColumns.length > 0 ? <p className="muted">{t('fit.costFile.ignored', { columns: answer.ignoredColumns.join(', ') })}</p> : null}
          {answer.unknownKeys.length > 0 ? (
            <p className="fit-error">{t('fit.costFile.unknownKeys', { count: answer.unknownKeys.length, keys: answer.unknownKeys.slice(0, 20).join(', ') })}</p>
          ) : null}
          {answer.errors.length > 0 ? (
            <>
              <p className="fit-error" role="alert">{t('fit.costFile.notApplied', { count: answer.errors.length })}</p>
              <div className="fit-scroll">
                <table className="fit-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('fit.costFile.line')}</th>
                      <th scope="col">{t('fit.costFile.column')}</th>
                      <th scope="col">{t('fit.costFile.problem')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {answer.errors.slice(0, ERRORS_SHOWN).map((issue, index) => (
                      <tr key={`${issue.line}-${index}`}>
                        <td>{issue.line}</td>
                        <td>{issue.column}</td>
                        <td>{issue.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          ) : null}
          {clean ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                const customers = Object.keys(answer.byCustomer).length;
                void apply(answer.byCustomer).then((done) => done && setReading({ state: 'applied', fileName: reading.state === 'read' ? reading.fileName : '', customers }));
              }}
            >
              {t('fit.costFile.apply', { count: Object.keys(answer.byCustomer).length })}
            </button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
