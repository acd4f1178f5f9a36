export { article, check, symptom } from '../../engine/support/diagnostics-fixtures';
