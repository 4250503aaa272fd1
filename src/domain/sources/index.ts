/** The held source documents: where they are (SOURCES_DIR) and what a viewer may read of them. */
export { heldFilePath, findHeldFile } from './held-files';
export { isHeldFor, mayOpenSource, readHeldDocument, type HeldDocument, type SourceFileFields } from './held-documents';
