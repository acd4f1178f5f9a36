export { helpPanel, helpPanel as default, HELP_PANEL_UPDATE_EVENT } from './vite/index';
export type { ContentOption, HelpPanelPluginOptions } from './vite/index';
