/** What the app shell composes from the toolkit into other screens (e.g. the pause). */
export { useToolkit } from './api';
export { HelpsPanel } from './helps-panel';
export { ownPhrases } from './suggestions';
