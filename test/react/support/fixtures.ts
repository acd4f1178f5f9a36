export { article, check, symptom } from '../../engine/diagnostics-fixtures';
