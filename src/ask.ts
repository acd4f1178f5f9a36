// `help-panel/ask`: the prompt for a grounded answer and a client for the chat-completions protocol.
// Not a React entry: it runs in browsers, Node and edge runtimes alike, and imports no package.
export * from './ask/index';
