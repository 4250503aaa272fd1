export { shortestPaths, MAX_PATH_HOPS, DEFAULT_PATH_HOPS, MAX_PATHS, DEFAULT_PATHS, type GraphPath, type PathStep, type PathOptions } from './paths';
