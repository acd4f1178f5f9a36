import { useState } from 'react';
import { useHelp } from '../../src/index';
import { ReportingErrorBoundary } from './reporting-error-boundary';
import type { Scenario } from './scenarios';

/** An error the way an API client builds it: a message, a code and an HTTP status. */
class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly code?: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** A widget of the page that renders data and throws while rendering when its data is bad. */
function RecentActivity({ failure }: { failure: Scenario['error'] | null }) {
  if (failure) throw new ApiError(failure.message, failure.code, failure.status);
  return <p>All quiet: nothing failed in the last hour.</p>;
}

export interface DemoPageProps {
  title: string;
  scenario: Scenario | undefined;
}

/** One page of the fake product, with the three ways its error can reach the help panel. */
export function DemoPage({ title, scenario }: DemoPageProps) {
  const { reportError } = useHelp();
  const [crash, setCrash] = useState<Scenario['error'] | null>(null);
  const { code, status } = scenario?.error ?? {};
  const described = [code && `code ${code}`, status && `status ${status}`].filter(Boolean).join(', ');

  return (
    <section className="demo-page" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      {scenario ? (
        <>
          <p>
            This page fails with {described}. The help panel should open on <strong>{scenario.symptom}</strong>.
          </p>
          <div className="demo-actions" role="group" aria-label="Raise the page's error">
            <button
              type="button"
              data-demo-raise="error"
              onClick={() => reportError(new ApiError(scenario.error.message, code, status), { open: true })}
            >
              Fail with an Error ({described})
            </button>
            <button
              type="button"
              data-demo-raise="response"
              onClick={() =>
                reportError(
                  new Response(null, { status: scenario.responseStatus, statusText: scenario.error.message }),
                  { open: true },
                )
              }
            >
              Fail with a fetch Response (status {scenario.responseStatus})
            </button>
            <button type="button" data-demo-raise="boundary" onClick={() => setCrash(scenario.error)}>
              Crash a component (error boundary)
            </button>
          </div>
        </>
      ) : (
        <>
          <p>Pick a page on the left: each one fails the way a row of the help center's table describes.</p>
          {/* An error no article names yet: `npm run report:demo` shows it, and the pattern that would cover it. */}
          <button
            type="button"
            data-demo-raise="unknown"
            onClick={() => reportError(new ApiError('The import timed out', 'IMPORT_TIMEOUT', 504), { open: true })}
          >
            Fail with an error no article names (code IMPORT_TIMEOUT)
          </button>
        </>
      )}
      <div className="demo-card">
        <h2>Recent activity</h2>
        <ReportingErrorBoundary
          onError={(error) => reportError(error, { open: true })}
          fallback={(reset) => (
            <p role="alert">
              This widget crashed and the help panel was told.{' '}
              <button
                type="button"
                onClick={() => {
                  setCrash(null);
                  reset();
                }}
              >
                Reload widget
              </button>
            </p>
          )}
        >
          <RecentActivity failure={crash} />
        </ReportingErrorBoundary>
      </div>
    </section>
  );
}
