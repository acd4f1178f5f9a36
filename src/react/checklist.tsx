import { useCallback, useId, useSyncExternalStore, type ReactNode } from 'react';
import type { BlockNode, InlineNode, ListItemNode, Symptom } from '../schema/help-index';
import { useHelpContext } from './help-context';
import { InlineContent, type InlineScope } from './inline-content';
import type { ProgressStore } from '../engine/state/index';

export interface ChecklistProps {
  /** The symptom whose checks to show (`article#slug`). */
  symptomId: string;
  /**
   * The list items as they appear in the article body. Default: the symptom's
   * checks. Items without a `checkId` render as plain list items.
   */
  items?: readonly ListItemNode[];
  /** Renders an item's extra blocks (nested lists, code). Default: none. */
  renderBlocks?: (nodes: readonly BlockNode[]) => ReactNode;
  /** Prefix of the article's heading ids, so in-article anchor links in checks resolve. Default: its own. */
  idPrefix?: string;
  /** Numbered list. Default `false`. */
  ordered?: boolean;
  /** Extra class on the root. Default: none. */
  className?: string;
}

const emptySet: ReadonlySet<string> = new Set();
const noSubscribe = () => () => {};

export function useChecked(progress: ProgressStore | null, symptom: Symptom | undefined): ReadonlySet<string> {
  const subscribe = progress ? progress.subscribe : noSubscribe;
  const snapshot = useCallback(() => (progress && symptom ? progress.checked(symptom) : emptySet), [progress, symptom]);
  return useSyncExternalStore(subscribe, snapshot, () => emptySet);
}

/** Splits an item into what goes in the checkbox label (its first paragraph) and the rest. */
function splitItem(item: ListItemNode): { label: readonly InlineNode[]; rest: readonly BlockNode[] } {
  const [first, ...rest] = item.children;
  if (first?.type === 'paragraph') return { label: first.children, rest };
  return { label: [], rest: item.children };
}

/**
 * A symptom's checks as checkboxes, with "3 of 5 checked" (and a bar that
 * shows it), and a reset.
 * Progress is saved through the provider's storage and shared with every
 * other checklist of the same symptom on screen.
 */
export function Checklist({ symptomId, items, renderBlocks, idPrefix, ordered = false, className }: ChecklistProps) {
  const help = useHelpContext('HelpPanel.Checklist');
  const { engine, progress, labels, emit, checkStatus } = help;
  const symptom = engine?.symptom(symptomId);
  const checked = useChecked(progress, symptom);
  const baseId = useId();
  if (!symptom) return null;

  const scope: InlineScope = { articleId: symptom.articleId, idPrefix: idPrefix ?? baseId };
  const rows: { key: string; checkId?: string; label: readonly InlineNode[]; rest: readonly BlockNode[] }[] = items
    ? items.map((item, i) => ({ key: `${i}`, ...(item.checkId ? { checkId: item.checkId } : {}), ...splitItem(item) }))
    : symptom.checks.map((check) => ({ key: check.id, checkId: check.id, label: check.content, rest: [] }));
  const known = new Set(symptom.checks.map((c) => c.id));
  const total = symptom.checks.length;
  const done = symptom.checks.filter((c) => checked.has(c.id)).length;
  const List = ordered ? 'ol' : 'ul';

  const toggle = (checkId: string, value: boolean) => {
    progress?.set(symptom, checkId, value);
    emit({ type: 'check-toggled', symptomId: symptom.id, checkId, checked: value, by: 'user' });
  };

  return (
    <div
      data-help-part="checklist"
      data-complete={total > 0 && done === total ? '' : undefined}
      className={className}
      role="group"
      aria-label={`${labels.checks}: ${symptom.title}`}
    >
      <List data-help-part="checklist-items">
        {rows.map((row) => {
          if (!row.checkId || !known.has(row.checkId)) {
            return (
              <li key={row.key} data-help-part="checklist-item">
                <InlineContent nodes={row.label} scope={scope} />
                {renderBlocks?.(row.rest)}
              </li>
            );
          }
          const id = `${baseId}-${row.checkId}`;
          const isChecked = checked.has(row.checkId);
          const status = checkStatus?.(symptom.id, row.checkId);
          const checkId = row.checkId;
          return (
            <li
              key={row.key}
              data-help-part="check"
              data-check-id={checkId}
              data-state={isChecked ? 'checked' : 'unchecked'}
              data-status={status?.status}
            >
              <input
                id={id}
                type="checkbox"
                data-help-part="check-input"
                checked={isChecked}
                onChange={(event) => toggle(checkId, event.currentTarget.checked)}
              />
              <label htmlFor={id} data-help-part="check-label">
                <InlineContent nodes={row.label} scope={scope} />
              </label>
              {status?.detail !== undefined && <div data-help-part="check-status">{status.detail}</div>}
              {renderBlocks?.(row.rest)}
            </li>
          );
        })}
      </List>
      <div data-help-part="checklist-footer">
        {total > 0 && (
          // The count beside it says the same and is announced; exposing the bar too would say it twice.
          <progress data-help-part="checklist-meter" value={done} max={total} aria-hidden="true" />
        )}
        <p data-help-part="checklist-progress" aria-live="polite" aria-atomic="true">
          {labels.checkedCount(done, total)}
        </p>
        <button
          type="button"
          data-help-part="checklist-reset"
          onClick={() => progress?.reset(symptom)}
        >
          {labels.reset}
        </button>
      </div>
    </div>
  );
}
