export { helpPanel, HELP_PANEL_UPDATE_EVENT, type HelpPanelPluginOptions } from './help-panel-plugin';
export type { ContentOption } from './help-center-source';
